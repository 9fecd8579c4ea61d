package main

func main() {
	m := map[func()]int{} // ERROR "invalid map key type func\(\)"
	_ = m
}
