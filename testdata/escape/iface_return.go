package main

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "err" }

func fail(c int) error {
	if c > 0 {
		return &MyErr{c}
	}
	return nil
}

func asAny(v int) any {
	return v
}

func main() {
	println(fail(1) != nil, asAny(3) != nil)
}
