package main

import "fmt"

type Board [3][3]rune

func (b *Board) Set(r, c int, v rune) { b[r][c] = v }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, cell := range row {
			if cell == 0 {
				cell = '.'
			}
			s += string(cell)
		}
		s += "\n"
	}
	return s
}

func main() {
	var b Board
	b.Set(1, 1, 'X')
	fmt.Print(b)
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(len(grid), len(grid[0]), grid[1][2], cap(grid[0][:2]))
	pa := &grid
	pa[0][0] = 9
	for i := range len(grid) {
		for j := range grid[i] {
			_ = j
		}
	}
	eq := [2]int{1, 2} == [2]int{1, 2}
	fmt.Println(eq, grid[0])
}
