package main

import (
	"fmt"
	"math/rand"
	"slices"
)

// The top-level functions are randomly seeded, in Go as in gosub: only
// properties of their values are printed.
func main() {
	rand.Seed(7) // a no-op since Go 1.24
	inRange := true
	counts := make([]int, 6)
	for i := 0; i < 600; i++ {
		d := rand.Intn(6)
		counts[d]++
		if d < 0 || d >= 6 {
			inRange = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			inRange = false
		}
		if f := rand.Float32(); f < 0 || f >= 1 {
			inRange = false
		}
		if v := rand.Int63n(1 << 40); v < 0 || v >= 1<<40 {
			inRange = false
		}
		if v := rand.Int31n(1000); v < 0 || v >= 1000 {
			inRange = false
		}
		if rand.Int() < 0 || rand.Int31() < 0 || rand.Int63() < 0 {
			inRange = false
		}
	}
	fmt.Println("in range:", inRange, "Intn(1):", rand.Intn(1))
	every := true
	for _, c := range counts {
		every = every && c > 0
	}
	fmt.Println("every face seen:", every)

	p := rand.Perm(10)
	s := slices.Clone(p)
	slices.Sort(s)
	fmt.Println("perm sorted:", s, len(p))

	words := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	slices.Sort(words)
	fmt.Println("shuffled sorted:", words)

	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println(rand.Intn(-3))
	}()
	rand.Int63n(0)
}
