// trace: --gomaxprocs=1 --only=sched
package main

import (
	"bufio"
	"fmt"
	"os"
)

// Reading standard input blocks in a system call.
func main() {
	sc := bufio.NewScanner(os.Stdin)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("lines:", n)
}
