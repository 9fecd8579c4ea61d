package main

func main() {
L:
	for {
		break L
	}
L: // ERROR "label L already defined at \./err_label_redefined\.go:4:1"
	for {
		break L // ERROR "invalid break label L"
	}
}
