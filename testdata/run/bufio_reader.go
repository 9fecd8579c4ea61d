package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\ngamma"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	r2 := bufio.NewReader(strings.NewReader("xé"))
	for {
		c, size, err := r2.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(string(c), size)
	}
	data, err := io.ReadAll(strings.NewReader("all of it"))
	fmt.Println(string(data), err)
}
