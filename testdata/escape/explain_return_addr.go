// explain
package main

type Point struct{ X, Y int }

// The address of a local is returned: the caller uses it after the
// frame of newCounter is gone.
func newCounter() *int {
	n := 0
	return &n
}

// Through a variable and a field of a value first.
func origin() *Point {
	p := Point{}
	q := &p
	return q
}

// Returning a copy keeps the variable in the frame.
func value() Point {
	p := Point{1, 2}
	return p
}

func main() {
	c := newCounter()
	*c++
	o := origin()
	v := value()
	println(*c, o.X, v.Y)
}
