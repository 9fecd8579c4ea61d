// trace: --gomaxprocs=1 --only=alloc --max-events=6
package main

import "fmt"

// An escaping map: makemap allocates the 48-byte Map header; the first
// insert allocates its one group (8 control bytes + 8 slots of 16 B).
func main() {
	m := make(map[int]int)
	for i := 1; i <= 3; i++ {
		m[i] = i * i
	}
	fmt.Println(m)
}
