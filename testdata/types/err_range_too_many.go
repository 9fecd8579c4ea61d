package main

func main() {
	m := map[string]int{}
	for k, v, x := range m { // ERROR "declared and not used: k" "declared and not used: v" "range clause permits at most two iteration variables"
	}
}
