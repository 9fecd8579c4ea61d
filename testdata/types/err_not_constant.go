package main

func f() int { return 1 }

const c = f() // ERROR "f\(\) \(value of type int\) is not constant"

func main() {}
