package main

type E struct{ code int }

func boom(c int) {
	if c > 1 {
		e := E{c}
		panic(&e)
	}
	panic(c)
}

func main() {
	defer func() {
		r := recover()
		println(r != nil)
	}()
	boom(2)
}
