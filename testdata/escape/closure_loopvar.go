package main

func makeAll() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	return fs
}

func sumLocal() int {
	t := 0
	for i := 0; i < 3; i++ {
		f := func() { t += i }
		f()
	}
	return t
}

func main() {
	println(len(makeAll()), sumLocal())
}
