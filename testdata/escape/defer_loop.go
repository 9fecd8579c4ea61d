package main

func collect() (s int) {
	for i := 0; i < 3; i++ {
		defer func() {
			s += i
		}()
	}
	return 0
}

func main() {
	println(collect())
}
