package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.lock() // ERROR "mu\.lock undefined \(type \"sync\"\.Mutex has no field or method lock, but does have method Lock\)"
}
