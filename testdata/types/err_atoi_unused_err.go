package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("3") // ERROR "declared and not used: err"
	fmt.Println(n)
}
