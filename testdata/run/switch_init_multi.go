package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
	return "other"
}

func main() {
	for _, c := range []byte("ai 7z") {
		fmt.Println(string(c), kind(c))
	}
	switch n := len("hello"); {
	case n > 3:
		fmt.Println("long", n)
	default:
		fmt.Println("short", n)
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched", s)
	}
	x := 5
	switch x := x * 2; x {
	case 10:
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	switch {
	}
	switch f := 1.5; f {
	case 1.5:
		fmt.Println("float case")
	}
}
