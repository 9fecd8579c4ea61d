package main

func gen() func() *int {
	return func() *int {
		return new(int)
	}
}

func use() int {
	f := func() int {
		p := new(int)
		*p = 4
		return *p
	}
	return f()
}

func main() {
	println(*gen()(), use())
}
