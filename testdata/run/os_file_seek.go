// Go by Example's reading files: Read, Seek, io.ReadAtLeast, ReadAt,
// bufio.Reader's Peek; and WriteAt.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
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
	path := "dat"
	check(os.WriteFile(path, []byte("hello\ngo\nand some more text\n"), 0644))

	dat, err := os.ReadFile(path)
	check(err)
	fmt.Print(string(dat))

	f, err := os.Open(path)
	check(err)

	b1 := make([]byte, 5)
	n1, err := f.Read(b1)
	check(err)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))

	o2, err := f.Seek(6, io.SeekStart)
	check(err)
	b2 := make([]byte, 2)
	n2, err := f.Read(b2)
	check(err)
	fmt.Printf("%d bytes @ %d: ", n2, o2)
	fmt.Printf("%v\n", string(b2[:n2]))

	_, err = f.Seek(2, io.SeekCurrent)
	check(err)
	_, err = f.Seek(-4, io.SeekEnd)
	check(err)

	o3, err := f.Seek(6, io.SeekStart)
	check(err)
	b3 := make([]byte, 2)
	n3, err := io.ReadAtLeast(f, b3, 2)
	check(err)
	fmt.Printf("%d bytes @ %d: %s\n", n3, o3, string(b3))

	_, err = f.Seek(0, io.SeekStart)
	check(err)
	r4 := bufio.NewReader(f)
	b4, err := r4.Peek(5)
	check(err)
	fmt.Printf("5 bytes: %s\n", string(b4))

	end, err := f.Seek(0, io.SeekEnd)
	fmt.Println("end at", end, err)
	n, err := f.Read(make([]byte, 10))
	fmt.Println(n, err)
	_, err = f.Seek(-100, io.SeekStart)
	fmt.Println(err)
	_, err = f.Seek(0, 9)
	fmt.Println(err)

	buf := make([]byte, 4)
	n, err = f.ReadAt(buf, 9)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, 27)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, -1)
	fmt.Println(n, err)
	full := make([]byte, 40)
	n, err = io.ReadFull(f, full)
	fmt.Println(n, err)
	f.Close()

	// WriteAt patches in place.
	g, err := os.OpenFile(path, os.O_RDWR, 0)
	check(err)
	n, err = g.WriteAt([]byte("HELLO"), 0)
	fmt.Println(n, err)
	n, err = g.WriteAt([]byte("!"), 30)
	fmt.Println(n, err)
	check(g.Truncate(12))
	g.Close()
	dat, _ = os.ReadFile(path)
	fmt.Printf("%q\n", dat)
	fmt.Println(os.Truncate(path, 2), os.Truncate("/nonexistent/x", 0))
	dat, _ = os.ReadFile(path)
	fmt.Printf("%q\n", dat)
}
