package main

import "fmt"

type handler func(string) string

func lookup(name string) handler {
	if name == "" {
		return nil
	}
	return func(s string) string { return name + ":" + s }
}

func describe(m map[string]int, s []byte) {
	switch m {
	case nil:
		fmt.Println("map is nil")
	default:
		fmt.Println("map has", len(m))
	}
	switch s {
	case nil:
		fmt.Println("bytes are nil")
	default:
		fmt.Printf("bytes %q\n", s)
	}
}

func main() {
	for _, name := range []string{"", "echo"} {
		switch h := lookup(name); h {
		case nil:
			fmt.Println("no handler")
		default:
			fmt.Println(h("hi"))
		}
	}
	describe(nil, nil)
	describe(map[string]int{"a": 1}, []byte{})
	var f func()
	switch f {
	case nil:
		fmt.Println("f unset")
	}
	for _, err := range []error{nil, fmt.Errorf("boom")} {
		switch err {
		case nil:
			fmt.Println("no error")
		default:
			fmt.Println("error:", err)
		}
	}
}
