package main

import "sync"

func work(wg sync.WaitGroup) {
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go work(&wg) // ERROR "cannot use &wg \(value of type \*\"sync\"\.WaitGroup\) as \"sync\"\.WaitGroup value in argument to work"
	wg.Wait()
}
