package main

import "fmt"

func main() {
	backing := make([]int, 9)
	rows := make([][]int, 3)
	for i := range rows {
		rows[i] = backing[i*3 : i*3+3]
	}
	rows[1][1] = 5
	rows[0] = append(rows[0], 7)
	fmt.Println(backing)
	fmt.Println(rows)
	rows[2] = append(rows[2], 8)
	fmt.Println(backing, rows[2], cap(rows[2]))
	rows[2][0] = -1
	fmt.Println(backing)
}
