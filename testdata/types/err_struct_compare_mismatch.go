package main

type P struct{ X int }
type Q struct{ X int }

func main() {
	_ = P{} == Q{} // ERROR "invalid operation: P\{\} == Q\{\} \(mismatched types P and Q\)"
}
