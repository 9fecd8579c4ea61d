package main

func collect() int {
	var ps []*int
	for i := 0; i < 3; i++ {
		v := i
		ps = append(ps, &v)
	}
	return *ps[1]
}

func main() {
	println(collect())
}
