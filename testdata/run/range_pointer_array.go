package main

import "fmt"

type Grid [3][3]int

func main() {
	var g Grid
	pg := &g
	for i := range pg {
		for j := range pg[i] {
			pg[i][j] = i*3 + j
		}
	}
	fmt.Println(g)
	sum := 0
	for _, row := range pg {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println(sum)
	arr := [5]int{1, 2, 3, 4, 5}
	for i, v := range &arr {
		if i+1 < len(arr) {
			arr[i+1] += v
		}
	}
	fmt.Println(arr)
	arr2 := [5]int{1, 2, 3, 4, 5}
	for i, v := range arr2 {
		if i+1 < len(arr2) {
			arr2[i+1] += v
		}
	}
	fmt.Println(arr2)
}
