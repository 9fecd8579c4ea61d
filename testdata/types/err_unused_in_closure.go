package main

func main() {
	f := func() {
		v := 1 // ERROR "declared and not used: v"
	}
	f()
}
