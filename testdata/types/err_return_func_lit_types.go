package main

func main() {
	f := func(x int) string { return x } // ERROR "cannot use x \(variable of type int\) as string value in return statement"
	_ = f
}
