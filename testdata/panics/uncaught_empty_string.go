package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %q\n", r)
		panic("")
	}()
	panic("\tstarts with tab")
}
