// explain
package main

// The closure is returned, so the variable it captures by reference
// must outlive counter's frame.
func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

// Captured by value: the pointer is copied into the closure, which
// escapes, so what it points to escapes too.
func holder() func() int {
	p := new(int)
	return func() int { return *p }
}

// A closure called right here does not escape; neither does k.
func local() int {
	k := 5
	f := func() int { k++; return k }
	return f()
}

var hooks []func()

// Stored in a global slice.
func hook() {
	hits := 0
	hooks = append(hooks, func() { hits++ })
}

func main() {
	c := counter()
	h := holder()
	hook()
	println(c(), h(), local(), len(hooks))
}
