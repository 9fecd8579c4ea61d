// explain
package main

var last *int
var registry map[string]*int

type Box struct{ p *int }

var boxes []Box

func remember() {
	x := 1
	last = &x
}

func register(name string) {
	y := 2
	registry[name] = &y
}

func boxed() {
	z := 3
	boxes = append(boxes, Box{p: &z})
}

func send(ch chan *int) {
	w := 4
	ch <- &w
}

func main() {
	registry = make(map[string]*int)
	remember()
	register("a")
	boxed()
	ch := make(chan *int, 1)
	send(ch)
	println(*last, *registry["a"], *boxes[0].p, *<-ch)
}
