// os.Stat and os.Lstat of files and directories: FileInfo's Name, Size,
// IsDir, Mode and Mode().String(); (*File).Stat; Chmod.
package main

import (
	"fmt"
	"os"
)

func show(name string) {
	fi, err := os.Stat(name)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	m := fi.Mode()
	size := fi.Size()
	if fi.IsDir() {
		size = -1 // a directory's size depends on the file system
	}
	fmt.Printf("%s size=%d dir=%v mode=%v perm=%v regular=%v type=%v %o\n",
		fi.Name(), size, fi.IsDir(), m, m.Perm(), m.IsRegular(), m.Type(), uint32(m.Perm()))
}

func main() {
	dir, err := os.MkdirTemp("", "gosub")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.Chdir(dir)

	os.WriteFile("notes.txt", []byte("twelve bytes"), 0644)
	os.WriteFile("secret", []byte("s"), 0600)
	os.WriteFile("script.sh", []byte("#!/bin/sh\n"), 0755)
	os.Mkdir("docs", 0755)
	os.Mkdir("private", 0700)

	show("notes.txt")
	show("secret")
	show("script.sh")
	show("docs")
	show("docs/")
	show("private")
	show("./docs/../notes.txt")
	show("missing.txt")

	fi, err := os.Lstat("notes.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), err)
	_, err = os.Lstat("/nonexistent/file")
	fmt.Println(err)

	f, _ := os.Open("notes.txt")
	fi, err = f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), err)
	f.Close()

	if err := os.Chmod("notes.txt", 0600); err != nil {
		panic(err)
	}
	show("notes.txt")
	fmt.Println(os.Chmod("/nonexistent/file", 0644))

	fmt.Println(os.ModeDir, os.ModePerm, os.ModeSymlink|0755, os.FileMode(0644))
	fmt.Println(os.ModeDir|os.ModeSetuid|os.ModeSticky|0777, os.ModeType)
	a, _ := os.Stat("notes.txt")
	b, _ := os.Stat("./notes.txt")
	c, _ := os.Stat("secret")
	fmt.Println(os.SameFile(a, b), os.SameFile(a, c))
}
