package main

type I interface{ M() }

func main() {
	var i I
	_ = i.x // ERROR "i\.x undefined \(type I has no field or method x\)"
}
