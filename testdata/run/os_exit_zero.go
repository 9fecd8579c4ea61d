package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Fprint(os.Stdout, "to stdout\n")
	fmt.Fprintf(os.Stderr, "to stderr %d\n", 7)
	os.Stdout.WriteString("raw write\n")
	os.Exit(0)
}
