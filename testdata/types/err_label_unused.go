package main

func main() {
Unused: // ERROR "label Unused defined and not used"
	for {
		break
	}
}
