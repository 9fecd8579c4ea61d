package main

const limit = 10

func main() {
	limit++ // ERROR "cannot assign to limit \(neither addressable nor a map index expression\)"
}
