package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("first line\nsecond  line\r\n\nlast"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %q\n", n, sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n\nfox  "))
	ws.Split(bufio.ScanWords)
	var words []string
	for ws.Scan() {
		words = append(words, ws.Text())
	}
	fmt.Println(words, len(words))
	rs := bufio.NewScanner(strings.NewReader("héy"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Print("[", rs.Text(), "]")
	}
	fmt.Println()
}
