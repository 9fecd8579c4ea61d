package main

type Acc struct{ n int }

func (a *Acc) Add(k int) { a.n += k }

func (a Acc) Get() int { return a.n }

func run() int {
	a := Acc{}
	add := a.Add
	add(2)
	get := a.Get
	return get()
}

func main() {
	println(run())
}
