package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines, words := 0, 0
	for sc.Scan() {
		lines++
		words += len(sc.Text())
	}
	fmt.Println("lines:", lines)
	fmt.Println("chars:", words)
	fmt.Println("err:", sc.Err())
}
