package main

import (
	"errors"
	"fmt"
)

type Code int

type Point struct{ X, Y int }

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T: %v\n", r, r)
	}()
	f()
}

func main() {
	catch(func() { panic("text") })
	catch(func() { panic(3) })
	catch(func() { panic(2.5) })
	catch(func() { panic(true) })
	catch(func() { panic(Code(7)) })
	catch(func() { panic(errors.New("an error")) })
	catch(func() { panic(Point{1, 2}) })
	catch(func() { panic(&Point{3, 4}) })
	catch(func() { panic([]int{1, 2}) })
	catch(func() { panic(map[string]int{"k": 1}) })
	catch(func() { panic('x') })
	catch(func() { panic(uint8(200)) })
}
