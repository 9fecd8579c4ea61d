// explain
package main

type T struct{ v int }

// Each iteration has its own x; keep, declared before the loop, outlives
// every iteration.
func loop() int {
	var keep *int
	for i := 0; i < 3; i++ {
		x := i
		keep = &x
	}
	return *keep
}

// The same for an allocation made in the loop.
func loopNew() *T {
	var last *T
	for i := 0; i < 3; i++ {
		last = &T{v: i}
	}
	return last
}

// A method with a pointer receiver called on a value: &w is passed.
func (t *T) Save() { saved = t }

var saved *T

func method() {
	var w T
	w.Save()
}

func main() {
	method()
	println(loop(), loopNew().v, saved.v)
}
