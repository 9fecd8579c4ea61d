package main

import "time"

func main() {
	d := 5
	time.Sleep(d * time.Second) // ERROR "invalid operation: d \* time\.Second \(mismatched types int and time\.Duration\)"
}
