// Temporary files and directories: os.CreateTemp, os.MkdirTemp with
// patterns, os.TempDir, Rename, Chdir and Getwd (printing only names
// relative to the temporary directory).
package main

import (
	"fmt"
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
	fmt.Println(strings.HasPrefix(dir, os.TempDir()), strings.Contains(dir, "gosub"))

	f, err := os.CreateTemp(dir, "sample")
	check(err)
	name := strings.TrimPrefix(f.Name(), dir+"/")
	fmt.Println(strings.HasPrefix(name, "sample"), len(name) > len("sample"))
	_, err = f.Write([]byte{1, 2, 3, 4})
	check(err)
	fi, _ := f.Stat()
	fmt.Println(fi.Size(), fi.Mode())
	check(f.Close())
	check(os.Remove(f.Name()))

	g, err := os.CreateTemp(dir, "data-*.txt")
	check(err)
	base := strings.TrimPrefix(g.Name(), dir+"/")
	fmt.Println(strings.HasPrefix(base, "data-"), strings.HasSuffix(base, ".txt"))
	g.Close()

	sub, err := os.MkdirTemp(dir, "sub-*-dir")
	check(err)
	rel := strings.TrimPrefix(sub, dir+"/")
	fmt.Println(strings.HasPrefix(rel, "sub-"), strings.HasSuffix(rel, "-dir"))
	st, _ := os.Stat(sub)
	fmt.Println(st.IsDir(), st.Mode())

	// Rename the temporary file into the subdirectory, then work from there.
	check(os.Rename(g.Name(), sub+"/final.txt"))
	check(os.Chdir(sub))
	wd, err := os.Getwd()
	check(err)
	fmt.Println(strings.HasSuffix(wd, rel), err)
	_, err = os.Stat("final.txt")
	fmt.Println(err)
	check(os.Mkdir("inner", 0755))
	err = os.Rename("final.txt", "inner")
	fmt.Println(err)
	check(os.Rename("final.txt", "renamed.txt"))
	ents, _ := os.ReadDir(".")
	for _, e := range ents {
		fmt.Println(e)
	}
	check(os.Chdir(".."))
	ents, _ = os.ReadDir(rel)
	fmt.Println(len(ents))

	_, err = os.CreateTemp("/nonexistent", "x")
	fmt.Println(err != nil, os.IsNotExist(err))
}
