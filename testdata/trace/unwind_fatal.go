// trace: --gomaxprocs=1 --only=panic,defer,call,return,go.end,exit
package main

// A panic nobody recovers: the deferred calls run on top of the
// panicking frame, then the program ends with every frame in place (Go's
// fatalpanic prints the traceback from them): no frame returns or unwinds.

func pop(stack []int) int {
	return stack[len(stack)-1]
}

func drain(stack []int) {
	defer println("drain: deferred")
	for {
		println(pop(stack))
		stack = stack[:len(stack)-1]
	}
}

func main() {
	defer println("main: deferred")
	drain([]int{1, 2})
}
