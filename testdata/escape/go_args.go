package main

func work(p *int, done chan bool) {
	*p = 3
	done <- true
}

func main() {
	x := 0
	done := make(chan bool)
	go work(&x, done)
	<-done
	println(x)
}
