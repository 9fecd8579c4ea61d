package main

import "strings"

func main() {
	var b strings.Builder
	_ = b.buf // ERROR "b\.buf undefined \(cannot refer to unexported field buf\)"
}
