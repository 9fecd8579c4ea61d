package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type cache struct {
	mu     sync.RWMutex
	data   map[int]string
	misses int
}

func (c *cache) get(k int) string {
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok { // someone else filled it meanwhile
		return v
	}
	c.misses++
	v = "v" + strconv.Itoa(k*k)
	c.data[k] = v
	return v
}

// Many readers look up a few keys; each key is computed exactly once.
func main() {
	c := &cache{data: map[int]string{}}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				c.get(k)
			}
		}()
	}
	wg.Wait()
	keys := []int{}
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Println(k, c.data[k])
	}
	fmt.Println("misses:", c.misses)
}
