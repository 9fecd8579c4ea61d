package main

func main() {
	switch {
	default:
	default: // ERROR "multiple defaults \(first at \./err_multiple_defaults\.go:5:2\)"
	}
}
