package main

import "fmt"

type Flag bool
type Celsius float64

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %v\n", r, r)
		panic(Celsius(-40.5))
	}()
	panic(Flag(true))
}
