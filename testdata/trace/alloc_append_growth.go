// trace: --gomaxprocs=1 --only=alloc --max-events=18
package main

import "fmt"

// append grows a full slice by doubling its capacity, rounded up to a size
// class: 8 B (tiny), 16, 32, 64, 128 B for 1, 2, 4, 8, 16 ints.
func main() {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i)
	}
	fmt.Println(len(s), cap(s), s)
}
