package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	e3 := mayFail(true)
	fmt.Println(e3 == nil, e3)
	var p *MyErr
	var i any = p
	fmt.Println(i == nil, i == (*MyErr)(nil))
	fmt.Printf("%T %v\n", i, i)
	var j any
	fmt.Printf("%T %v\n", j, j)
	fmt.Println(p.Error())
}
