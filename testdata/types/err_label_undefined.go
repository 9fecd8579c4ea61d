package main

func main() {
	for {
		break Missing // ERROR "break label not defined: Missing"
	}
}
