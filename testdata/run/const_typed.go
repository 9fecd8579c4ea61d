package main

import "fmt"

type Dur int64

const (
	Nano  Dur = 1
	Micro     = 1000 * Nano
	Milli     = 1000 * Micro
	Sec       = 1000 * Milli
)

func (d Dur) String() string {
	switch {
	case d >= Sec:
		return fmt.Sprintf("%ds", d/Sec)
	case d >= Milli:
		return fmt.Sprintf("%dms", d/Milli)
	}
	return fmt.Sprintf("%dns", int64(d))
}

const typedF float32 = 0.1
const untypedF = 0.1

func main() {
	fmt.Println(Sec, 5*Milli, Micro, Dur(12))
	fmt.Printf("%T %T\n", Sec, 2*Sec)
	fmt.Println(typedF, untypedF, float64(typedF) == untypedF)
	const s string = "typed"
	type MyStr string
	var ms MyStr = "x" + MyStr(s)
	fmt.Printf("%q %T\n", ms, ms)
	const b = true
	type Flag bool
	var f Flag = b && !false
	fmt.Println(f)
}
