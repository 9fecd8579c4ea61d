// trace: --gomaxprocs=1 --only=panic,defer,return
package main

// A panic three calls deep, recovered in the outermost: the deferred
// calls run on top of the panicking frame (nothing returns meanwhile);
// then recovery discards the frames between the panic and the recovering
// frame (one `unwind` each, innermost first), and the recovering frame
// returns normally.

func parse(s string) int {
	defer println("parse: deferred")
	if s == "" {
		panic("empty input")
	}
	return len(s)
}

func load(s string) int {
	return parse(s) * 2
}

func safeLoad(s string) (n int) {
	defer func() {
		if r := recover(); r != nil {
			println("recovered:", r.(string))
			n = -1
		}
	}()
	return load(s)
}

func main() {
	println(safeLoad("abc"))
	println(safeLoad(""))
}
