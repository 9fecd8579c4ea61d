package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16), strconv.FormatInt(-255, 36), strconv.FormatInt(0, 8))
	fmt.Println(strconv.FormatUint(1<<64-1, 16), strconv.FormatBool(true))
	x := 1234.5678
	fmt.Println(strconv.FormatFloat(x, 'f', 2, 64), strconv.FormatFloat(x, 'e', 3, 64), strconv.FormatFloat(x, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(x, 'f', -1, 64), strconv.FormatFloat(x, 'E', -1, 64), strconv.FormatFloat(x, 'G', 3, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(1e21, 'f', 0, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(-0.0, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'b', -1, 64))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, false)
	b = append(b, ' ')
	b = strconv.AppendQuote(b, "q\"")
	b = append(b, ' ')
	b = strconv.AppendFloat(b, 1.5, 'g', -1, 64)
	b = strconv.AppendUint(b, 7, 2)
	fmt.Println(string(b))
}
