// Go by Example's defer: create a file, write to it with fmt.Fprintln,
// close it in a deferred call; then read it back.
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

	path := dir + "/defer.txt"
	run(path)

	data, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", data)
}

func run(path string) {
	f := createFile(path)
	defer closeFile(f)
	writeFile(f)
}

func createFile(p string) *os.File {
	fmt.Println("creating")
	f, err := os.Create(p)
	if err != nil {
		panic(err)
	}
	return f
}

func writeFile(f *os.File) {
	fmt.Println("writing")
	fmt.Fprintln(f, "data")
	fmt.Fprintf(f, "%d %s %v\n", 42, "more", []int{1, 2})
}

func closeFile(f *os.File) {
	fmt.Println("closing")
	err := f.Close()
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		os.Exit(1)
	}
}
