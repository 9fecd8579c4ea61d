package main

type Msg struct{ body string }

func main() {
	ch := make(chan *Msg, 1)
	m := Msg{"hello"}
	ch <- &m
	<-ch
	vals := make(chan int, 1)
	v := 7
	vals <- v
	<-vals
	println(m.body)
}
