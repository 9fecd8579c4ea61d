package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Println("direct first")
	fmt.Fprintf(w, "buffered %d\n", 1)
	w.WriteString("buffered 2\n")
	w.WriteByte('x')
	w.WriteRune('é')
	w.WriteString("\n")
	fmt.Println("direct second, buffered bytes:", w.Buffered())
	w.Flush()
	fmt.Println("after flush", w.Buffered())
	for i := 0; i < 3; i++ {
		fmt.Fprintln(w, "line", i)
	}
	w.Flush()
}
