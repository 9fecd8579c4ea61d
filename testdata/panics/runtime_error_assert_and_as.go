package main

import (
	"errors"
	"fmt"
	"runtime"
)

func call(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("call failed: %w", e)
				return
			}
			err = fmt.Errorf("call failed: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	var arr []int
	errs := []error{
		call(func() { _ = arr[0] }),
		call(func() { panic("plain string") }),
		call(func() { panic(errors.New("custom")) }),
		call(func() {}),
	}
	for i, err := range errs {
		var re runtime.Error
		isRT := errors.As(err, &re)
		fmt.Printf("%d: %v\n", i, err)
		fmt.Printf("   errors.As runtime.Error: %v", isRT)
		if isRT {
			fmt.Printf(" -> %T %q", re, re.Error())
		}
		fmt.Println()
	}
}
