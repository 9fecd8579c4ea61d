package main

import (
	"fmt"
	"sort"
	"sync"
)

// Fan-in: several producers feed one channel; a goroutine closes it once all
// producers are done. Arrival order varies, so results are sorted.
func producer(id, n int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- fmt.Sprintf("p%d-%d", id, i)
	}
}

func main() {
	out := make(chan string)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go producer(id, id+1, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	var got []string
	for s := range out {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println(len(got), "messages")
	for _, s := range got {
		fmt.Println(s)
	}
}
