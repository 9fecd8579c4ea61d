// os.WriteFile and os.ReadFile: create, overwrite (truncating), empty
// files, and the errors for missing files.
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
	p := dir + "/dat1"

	d1 := []byte("hello\ngo\n")
	err = os.WriteFile(p, d1, 0644)
	fmt.Println("write:", err)

	dat, err := os.ReadFile(p)
	fmt.Printf("read: %q %v\n", string(dat), err)

	// Overwriting truncates.
	os.WriteFile(p, []byte("hi"), 0644)
	dat, _ = os.ReadFile(p)
	fmt.Printf("after overwrite: %q (%d bytes)\n", dat, len(dat))

	// An empty file.
	os.WriteFile(dir+"/empty", nil, 0600)
	dat, err = os.ReadFile(dir + "/empty")
	fmt.Println("empty:", len(dat), err)

	// A larger file than ReadFile's first buffer.
	big := make([]byte, 100000)
	for i := range big {
		big[i] = byte('a' + i%26)
	}
	os.WriteFile(dir+"/big", big, 0644)
	dat, err = os.ReadFile(dir + "/big")
	fmt.Println("big:", len(dat), err, string(dat[:5]), string(dat[len(dat)-5:]), string(dat) == string(big))

	// Errors name the path; these paths are fixed.
	_, err = os.ReadFile("/nonexistent/dat")
	fmt.Println(err)
	err = os.WriteFile("/nonexistent/dir/dat", d1, 0644)
	fmt.Println(err)
	_, err = os.ReadFile("/")
	fmt.Println(err)
}
