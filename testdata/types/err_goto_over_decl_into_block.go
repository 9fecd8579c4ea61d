package main

func main() {
	goto L // ERROR "goto L jumps over declaration of x at \./err_goto_over_decl_into_block\.go:5:4"
	x := 1
	_ = x
L:
	if true {
		goto M // ERROR "goto M jumps into block starting at \./err_goto_over_decl_into_block\.go:11:2"
	}
	{
	M:
	}
}
