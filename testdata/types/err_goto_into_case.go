package main

func main() {
	n := 0
	switch n {
	case 0:
		goto C // ERROR "goto C jumps into block starting at \./err_goto_into_case\.go:8:2"
	case 1:
	C:
	}
	for {
		goto out
	}
out:
	if n > 0 {
		goto out
	}
}
