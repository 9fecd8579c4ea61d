package main

func main() {
	n := 0
back:
	n++
	if n < 3 {
		goto back
	}
	goto end // ERROR "goto end jumps over declaration of y at \./err_goto_over_var\.go:11:6"
	var y int
	_ = y
end:
}
