package main

import "fmt"

type Closer interface{ Close() }

type File struct{ name string }

func (f File) Close() { fmt.Println("closing", f.name) }

func open(ok bool) Closer {
	if ok {
		return File{"data.txt"}
	}
	return nil
}

func use(ok bool) {
	defer fmt.Println("use: outer defer for ok =", ok)
	c := open(ok)
	defer c.Close()
	fmt.Println("use: after defer c.Close(), ok =", ok)
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	use(true)
	use(false)
	fmt.Println("not reached")
}
