package main

import (
	"fmt"
	"runtime"
)

// Machine-dependent numbers are only compared, never printed.
func main() {
	fmt.Println("NumCPU > 0:", runtime.NumCPU() > 0)
	procs := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS(0) > 0:", procs > 0)
	old := runtime.GOMAXPROCS(3)
	fmt.Println("GOMAXPROCS returns the old value:", old == procs)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("GOOS non-empty:", runtime.GOOS != "", "NumGoroutine:", runtime.NumGoroutine())
}
