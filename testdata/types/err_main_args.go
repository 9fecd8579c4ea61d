package main

func main(args []string) { // ERROR "func main must have no arguments and no return values"
}
