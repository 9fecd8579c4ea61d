package main

type I interface{ M() }

type T struct{ a, b int }

func (T) M() {}

func main() {
	var i interface{} = true
	switch {
	case i:
		println("i")
	case false:
		println("false")
	}
	x := 3
	switch x {
	case i, 4:
		println("x")
	}
	t := T{1, 2}
	var j I = t
	switch t {
	case j:
		println("t")
	}
	n := 5
	switch interface{}(n).(type) {
	case int:
		println("int")
	}
	var s kind = 2
	switch any(s).(type) {
	case kind:
	}
	switch I(t).(type) {
	case T:
	}
}

type kind int
