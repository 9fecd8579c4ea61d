package main

import (
	"fmt"
	"sync"
)

type T struct{ n int }

func (t *T) Inc(d int) { t.n += d }

func f(p *int, s []int) {}

func a() {
	defer fmt.Println("done")
	x := 5
	defer fmt.Println("x", x)
	var t T
	defer t.Inc(2)
	y := 1
	defer f(&y, []int{1, 2})
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	defer func(v int) { println(v) }(x)
}

func b() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			println(n)
		}(i)
	}
	wg.Wait()
	z := new(int)
	go f(z, nil)
}

func main() {
	a()
	b()
}
