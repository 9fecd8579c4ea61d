// Reading a file line by line with bufio.Scanner, and by words.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "gosub")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	path := dir + "/poem.txt"
	text := "The quick brown fox\njumps over\n\nthe lazy dog\r\nno newline at end"
	if err := os.WriteFile(path, []byte(text), 0644); err != nil {
		panic(err)
	}

	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	defer f.Close()

	scanner := bufio.NewScanner(f)
	n := 0
	for scanner.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, scanner.Text())
	}
	if err := scanner.Err(); err != nil {
		fmt.Println("error:", err)
	}

	// Again from the start, by words.
	if _, err := f.Seek(0, 0); err != nil {
		panic(err)
	}
	words := bufio.NewScanner(f)
	words.Split(bufio.ScanWords)
	var all []string
	for words.Scan() {
		all = append(all, strings.ToUpper(words.Text()))
	}
	fmt.Println(len(all), strings.Join(all, " "))

	// A big file: many lines through the scanner's buffer.
	big, err := os.Create(dir + "/big.txt")
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(big)
	for i := 0; i < 3000; i++ {
		fmt.Fprintf(w, "line %d %s\n", i, strings.Repeat("x", i%50))
	}
	if err := w.Flush(); err != nil {
		panic(err)
	}
	big.Close()

	g, err := os.Open(dir + "/big.txt")
	if err != nil {
		panic(err)
	}
	s := bufio.NewScanner(g)
	count, total, last := 0, 0, ""
	for s.Scan() {
		count++
		total += len(s.Text())
		last = s.Text()
	}
	g.Close()
	fmt.Println(count, total, last)
}
