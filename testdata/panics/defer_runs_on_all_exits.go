package main

import (
	"errors"
	"fmt"
)

func step(mode int) (res string, err error) {
	defer fmt.Println("  cleanup for mode", mode)
	switch mode {
	case 0:
		fmt.Println("  mode 0: plain return")
		return
	case 1:
		fmt.Println("  mode 1: return values")
		return "ok", nil
	case 2:
		fmt.Println("  mode 2: return error")
		return "", errors.New("bad mode")
	}
	fmt.Println("  mode", mode, ": panicking")
	panic("mode panic")
}

func main() {
	for m := 0; m < 4; m++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("caller recovered:", r)
				}
			}()
			res, err := step(m)
			fmt.Printf("step(%d) = %q, %v\n", m, res, err)
		}()
	}
}
