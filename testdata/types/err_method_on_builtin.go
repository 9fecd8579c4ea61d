package main

func (i int) Double() int { return i * 2 } // ERROR "cannot define new methods on non-local type int"

func main() {}
