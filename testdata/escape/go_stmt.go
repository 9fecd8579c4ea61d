package main

import "sync"

func main() {
	var wg sync.WaitGroup
	x := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		x++
	}()
	wg.Wait()
	println(x)
}
