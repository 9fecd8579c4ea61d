package main

func fill() int {
	m := map[int]*int{}
	for i := 0; i < 2; i++ {
		v := i
		m[i] = &v
	}
	return len(m)
}

func keys() int {
	k := 1
	m := map[*int]bool{}
	m[&k] = true
	return len(m)
}

func main() {
	println(fill(), keys())
}
