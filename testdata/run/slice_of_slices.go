package main

import "fmt"

func main() {
	tri := make([][]int, 6)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	fmt.Println(tri)
	grid := [][]string{{"a"}, {}, nil, {"b", "c"}}
	fmt.Println(grid, len(grid[1]), grid[2] == nil)
	row := grid[3]
	row[0] = "B"
	fmt.Println(grid[3])
}
