package main

type T struct{ n int }

var registry = map[string]*T{"a": {1}}

var handlers = []func() int{
	func() int { return 1 },
}

func main() {
	println(registry["a"].n, handlers[0]())
}
