package main

import (
	"fmt"
	"io"
	"strings"
)

// onlyReader hides strings.Reader's UnreadRune, as os.Stdin has none.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

func main() {
	// The harness runs programs with an empty stdin.
	n, err := fmt.Scanln()
	fmt.Println("Scanln():", n, err)
	var word string
	n, err = fmt.Scan(&word)
	fmt.Printf("Scan: %d %v %q\n", n, err, word)
	n, err = fmt.Scanln(&word)
	fmt.Printf("Scanln: %d %v %q\n", n, err, word)

	r := strings.NewReader("17 kiwi 2.5\ntrue  -4\n\n9 x\n  8 \n33 44")
	var i, j int
	var s string
	var f float64
	var b bool
	n, err = fmt.Fscan(r, &i, &s, &f)
	fmt.Println("Fscan:", n, err, i, s, f)
	n, err = fmt.Fscanln(r, &b, &j)
	fmt.Println("Fscanln:", n, err, b, j)
	n, err = fmt.Fscanln(r, &j)
	fmt.Println("Fscanln blank:", n, err, j)
	n, err = fmt.Fscanln(r, &j)
	fmt.Println("Fscanln extra:", n, err, j)
	n, err = fmt.Fscanln(r, &j)
	fmt.Println("Fscanln spaces:", n, err, j)
	n, err = fmt.Fscan(r, &i, &j, &s)
	fmt.Println("Fscan short:", n, err, i, j)
	n, err = fmt.Fscan(r, &i)
	fmt.Println("Fscan at end:", n, err)

	// A reader without UnreadRune loses the byte after each token.
	o := onlyReader{strings.NewReader("5 6\n7 8\n")}
	n, err = fmt.Fscan(o, &i, &j)
	fmt.Println("plain Fscan:", n, err, i, j)
	n, err = fmt.Fscanln(o, &i)
	fmt.Println("plain Fscanln:", n, err, i)

	var word2 string
	n, err = fmt.Fscanln(strings.NewReader("one two\n"), &word, &word2)
	fmt.Println("two words:", n, err, word, word2)
	n, err = fmt.Fscan(strings.NewReader("abc"), &i)
	fmt.Println("not a number:", n, err)

	var u8 uint8
	var i16 int16
	var f32 float32
	n, err = fmt.Fscan(strings.NewReader("0x1F -0b101 1e3 300 t"), &i, &j, &f, &u8, &b)
	fmt.Println("prefixes:", n, err, i, j, f, u8, b)
	n, err = fmt.Fscan(strings.NewReader("-40000 +2.5e-1 F héllo wörld"), &i16, &f32, &b, &s)
	fmt.Println("sizes:", n, err, i16, f32, b, s)
	n, err = fmt.Fscan(strings.NewReader("-7 0x -3"), &u8, &i)
	fmt.Println("unsigned sign:", n, err, u8)
	var p struct{ x int }
	n, err = fmt.Fscan(strings.NewReader("1"), &p)
	fmt.Println("struct:", n, err)
}
