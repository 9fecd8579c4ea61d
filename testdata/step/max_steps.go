// step: --max-steps=1000
package main

func main() {
	n := 0
	for {
		n++
	}
}
