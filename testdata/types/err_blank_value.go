package main

func main() {
	_ = _ // ERROR "cannot use _ as value or type"
}
