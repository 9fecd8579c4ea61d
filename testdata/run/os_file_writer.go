// Go by Example's writing files: Write, WriteString, Sync, a
// bufio.Writer on a file; then io.Copy and io.ReadAll between files.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gosub")
	check(err)
	defer os.RemoveAll(dir)
	check(os.Chdir(dir))

	d1 := []byte("hello\ngo\n")
	err = os.WriteFile("dat1", d1, 0644)
	check(err)

	f, err := os.Create("dat2")
	check(err)
	defer f.Close()

	d2 := []byte{115, 111, 109, 101, 10}
	n2, err := f.Write(d2)
	check(err)
	fmt.Printf("wrote %d bytes\n", n2)

	n3, err := f.WriteString("writes\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n3)

	f.Sync()

	w := bufio.NewWriter(f)
	n4, err := w.WriteString("buffered\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n4)
	w.Flush()

	dat, err := os.ReadFile("dat2")
	check(err)
	fmt.Printf("%q\n", dat)

	// io.Copy from one file to another.
	src, err := os.Open("dat2")
	check(err)
	dst, err := os.Create("copy")
	check(err)
	copied, err := io.Copy(dst, src)
	fmt.Println("copied", copied, err)
	src.Close()
	dst.Close()

	// io.Copy from a strings.Reader, appending.
	dst, err = os.OpenFile("copy", os.O_WRONLY|os.O_APPEND, 0)
	check(err)
	copied, err = io.Copy(dst, strings.NewReader("from a string\n"))
	fmt.Println("copied", copied, err)
	dst.Close()

	in, err := os.Open("copy")
	check(err)
	all, err := io.ReadAll(in)
	in.Close()
	fmt.Printf("%q %v\n", all, err)

	// A File is an io.Reader, io.Writer and io.Closer.
	var rwc io.ReadWriteCloser
	rwc, err = os.Create("iface")
	check(err)
	fmt.Fprintf(rwc, "%s=%d\n", "answer", 42)
	io.WriteString(rwc, "via io.WriteString\n")
	fmt.Println(rwc.Close())
	var c io.Closer = rwc
	fmt.Println(c.Close())
	dat, _ = os.ReadFile("iface")
	fmt.Print(string(dat))
}
