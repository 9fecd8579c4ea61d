// Directories: Mkdir, MkdirAll, ReadDir (sorted by name), DirEntry,
// Remove of a non-empty directory, RemoveAll.
package main

import (
	"fmt"
	"os"
	"sort"
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

	check(os.Mkdir("subdir", 0755))
	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(name, d, 0644))
	}
	createEmptyFile("subdir/file1")
	check(os.MkdirAll("subdir/parent/child", 0755))
	createEmptyFile("subdir/parent/file2")
	createEmptyFile("subdir/parent/file3")
	createEmptyFile("subdir/parent/child/file4")
	os.WriteFile("subdir/zeta.txt", []byte("zzz"), 0644)
	os.WriteFile("subdir/Alpha.txt", []byte("A"), 0644)
	os.WriteFile("subdir/beta.txt", []byte("bb"), 0644)

	c, err := os.ReadDir("subdir/parent")
	check(err)
	fmt.Println("Listing subdir/parent")
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}

	entries, err := os.ReadDir("subdir")
	check(err)
	for _, e := range entries {
		info, err := e.Info()
		check(err)
		size := info.Size()
		if info.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Printf("%-10s dir=%-5v type=%v size=%d mode=%v | %v\n", e.Name(), e.IsDir(), e.Type(), size, info.Mode(), e)
	}

	// MkdirAll of an existing directory is fine; Mkdir is not.
	fmt.Println(os.MkdirAll("subdir/parent", 0755))
	fmt.Println(os.Mkdir("subdir", 0755))
	fmt.Println(os.MkdirAll("subdir/zeta.txt/x", 0755))

	// Readdirnames in directory order; sort for a stable listing.
	f, err := os.Open("subdir/parent")
	check(err)
	names, err := f.Readdirnames(-1)
	sort.Strings(names)
	fmt.Println(names, err)
	f.Close()

	// ReadDir(n) in chunks ends with io.EOF.
	f, _ = os.Open("subdir/parent/child")
	chunk, err := f.ReadDir(5)
	fmt.Println(len(chunk), err)
	chunk, err = f.ReadDir(5)
	fmt.Println(len(chunk), err)
	f.Close()

	empty, err := os.ReadDir("subdir/parent/child/..")
	fmt.Println(len(empty), err)

	fmt.Println(os.Remove("subdir/parent"))
	fmt.Println(os.Remove("subdir/parent/child/file4"))
	fmt.Println(os.Remove("subdir/parent/child/file4"))
	_, err = os.ReadDir("subdir/zeta.txt")
	fmt.Println(err)
	_, err = os.ReadDir("nosuchdir")
	fmt.Println(err)

	fmt.Println(os.RemoveAll("subdir"))
	_, err = os.Stat("subdir")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.RemoveAll("subdir"))
}
