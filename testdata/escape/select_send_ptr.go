package main

func main() {
	ch := make(chan *int, 1)
	quit := make(chan bool)
	v := 5
	select {
	case ch <- &v:
	case <-quit:
	}
	println(*<-ch)
}
