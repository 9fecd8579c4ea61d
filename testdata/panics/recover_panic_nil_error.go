//go:debug panicnil=0

package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Println("r == nil:", r == nil)
		fmt.Printf("%T\n", r)
		fmt.Println(r)
		_, isRT := r.(runtime.Error)
		fmt.Println("runtime.Error:", isRT)
		var pne *runtime.PanicNilError
		fmt.Println("errors.As PanicNilError:", errors.As(r.(error), &pne))
	}()
	panic(nil)
}
