package main

/* A block comment
   spanning lines. */

import "fmt" // a trailing comment

// main does things.
func main() {
	x := 1 /* inline */ + 2
	y := x /* between */ * 3 // ends the statement
	/* a block comment at the end of a line ends it too
	 */
	fmt.Println(x, y)
}
