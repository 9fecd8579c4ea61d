// os.OpenFile with its flags: appending, exclusive creation, truncation,
// write-only and read-only files.
package main

import (
	"fmt"
	"io"
	"os"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "gosub")
	check(err)
	defer os.RemoveAll(dir)
	check(os.Chdir(dir))

	f, err := os.OpenFile("log.txt", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0644)
	check(err)
	f.WriteString("first\n")
	f.Close()

	for i := 2; i <= 4; i++ {
		f, err := os.OpenFile("log.txt", os.O_APPEND|os.O_WRONLY, 0644)
		check(err)
		n, err := fmt.Fprintf(f, "entry %d\n", i)
		fmt.Println("appended", n, err)
		check(f.Close())
	}
	data, _ := os.ReadFile("log.txt")
	fmt.Print(string(data))

	// Exclusive creation of an existing file fails.
	_, err = os.OpenFile("log.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(err, os.IsExist(err))

	// WriteAt is not allowed in append mode.
	f, _ = os.OpenFile("log.txt", os.O_APPEND|os.O_WRONLY, 0)
	_, err = f.WriteAt([]byte("x"), 0)
	fmt.Println(err)
	f.Close()

	// O_TRUNC empties it.
	f, err = os.OpenFile("log.txt", os.O_TRUNC|os.O_RDWR, 0)
	check(err)
	fi, _ := f.Stat()
	fmt.Println("size after truncate:", fi.Size())
	f.WriteString("new start\n")
	f.Seek(0, io.SeekStart)
	b, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", b, err)
	f.Close()

	// Writing a read-only file, reading a write-only one.
	r, _ := os.Open("log.txt")
	_, err = r.Write([]byte("nope"))
	fmt.Println(err)
	r.Close()
	w, _ := os.OpenFile("log.txt", os.O_WRONLY, 0)
	_, err = w.Read(make([]byte, 4))
	fmt.Println(err)
	w.Close()

	// Opening a missing file without O_CREATE.
	_, err = os.OpenFile("missing.txt", os.O_RDWR, 0644)
	fmt.Println(err)
	fmt.Println(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_TRUNC)
}
