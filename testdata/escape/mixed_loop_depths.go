package main

func r1(ps []*int) int {
	t := 0
	for _, p := range ps {
		p = new(int)
		*p = 1
		t += *p
	}
	return t
}

func r2(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		q := &t
		*q += i
	}
	var p *int
	for i := 0; i < n; i++ {
		p = new(int)
	}
	return t + *p
}

func r3(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		f := func() { t += i }
		i++
		f()
	}
	return t
}

func r4(xs []int) int {
	t := 0
	for i, x := range xs {
		f := func() int { return i + x }
		t += f()
	}
	return t
}

func r5(n int) *int {
	for i := 0; i < n; i++ {
		if i == 2 {
			return &i
		}
	}
	return nil
}

func main() {
	println(r1(nil), r2(2), r3(3), r4(nil), r5(3))
}
