// trace: --gomaxprocs=1 --only=chan.buf,alloc
package main

import "fmt"

// The ring's contents beside sendx and recvx: pointers by the heap
// object's name (the alloc events name them), nil, numbers, an empty
// struct's token; only the first 16 slots of a long ring are shown.

type Job struct {
	ID   int
	Name string
}

func main() {
	jobs := make(chan *Job, 3)
	jobs <- &Job{1, "build"}
	jobs <- nil
	jobs <- &Job{3, "test"}
	first := <-jobs
	jobs <- &Job{4, "deploy"}

	tokens := make(chan struct{}, 2)
	tokens <- struct{}{}

	temps := make(chan float64, 20)
	temps <- 21.5
	temps <- -3

	fmt.Println(first.Name, len(jobs), len(tokens), len(temps))
}
