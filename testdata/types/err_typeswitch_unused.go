package main

func main() {
	var i any = 1
	switch v := i.(type) { // ERROR "v declared and not used"
	case int:
	}
}
