package main

import "fmt"

const debug = false

type T struct{ n int }

func f(x int) *T {
	if x > 0 {
		return &T{x}
	} else {
		return nil
	}
	fmt.Println("unreachable", x)
	return &T{}
}

func g(x int) int {
	if true {
		return x
	}
	fmt.Println("dead", x)
	return 0
}

func h(x int) {
	{
		panic(fmt.Sprint("h", x))
	}
	fmt.Println(x)
}

func k(x int) {
	goto end
	fmt.Println("skipped", x)
end:
	fmt.Println("end", x)
}

func main() {
	if debug {
		fmt.Println("debugging", 1)
	}
	if 7%2 == 0 {
		fmt.Println("even")
	} else {
		fmt.Println("odd")
	}
	if !debug && len("ab") > 1 {
		fmt.Println("on")
	}
	for i := 0; i < 1; i++ {
		if i == 0 {
			continue
		}
		fmt.Println(i)
	}
	fmt.Println(f(1), g(2))
	k(3)
	defer func() { recover() }()
	h(1)
	fmt.Println("after h")
	panic("stop")
	fmt.Println("never")
}
