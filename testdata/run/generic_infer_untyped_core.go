package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.Contains([]float64{2}, 2), slices.Index([]byte("abc"), 'b'))
}
