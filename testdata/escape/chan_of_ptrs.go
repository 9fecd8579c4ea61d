package main

type Job struct{ id int }

func worker(jobs <-chan *Job, done chan<- int) {
	sum := 0
	for j := range jobs {
		sum += j.id
	}
	done <- sum
}

func main() {
	jobs := make(chan *Job, 3)
	done := make(chan int)
	go worker(jobs, done)
	for i := 0; i < 3; i++ {
		jobs <- &Job{i}
	}
	close(jobs)
	println(<-done)
}
