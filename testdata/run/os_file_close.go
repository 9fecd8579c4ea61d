// Closing: a second Close, reads, writes and Stat after Close, a nil
// *os.File, and Name.
package main

import (
	"fmt"
	"os"
)

func main() {
	dir, err := os.MkdirTemp("", "gosub")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.Chdir(dir)

	f, err := os.Create("once.txt")
	if err != nil {
		panic(err)
	}
	fmt.Println(f.Name())
	fmt.Println("first close:", f.Close())
	fmt.Println("second close:", f.Close())
	_, err = f.Write([]byte("late"))
	fmt.Println(err)
	_, err = f.WriteString("late")
	fmt.Println(err)
	_, err = f.Read(make([]byte, 8))
	fmt.Println(err)
	_, err = f.Seek(0, 0)
	fmt.Println(err)
	_, err = f.Stat()
	fmt.Println(err)
	fmt.Println(f.Sync())
	fmt.Println(f.Name(), f.Fd() == ^uintptr(0))

	// Deferred close after an explicit one reports the double close.
	func() {
		g, _ := os.Open("once.txt")
		defer func() { fmt.Println("deferred:", g.Close()) }()
		fmt.Println("explicit:", g.Close())
	}()

	var nf *os.File
	_, err = nf.Read(make([]byte, 1))
	fmt.Println(err)
	_, err = nf.Write([]byte("x"))
	fmt.Println(err)
	fmt.Println(nf.Close())
	_, err = nf.Stat()
	fmt.Println(err)

	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	fmt.Println(os.Stdout.Fd(), os.Stderr.Fd(), os.Stdin.Fd())
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	n, err := os.Stdout.WriteString("direct\n")
	fmt.Println(n, err)
}
