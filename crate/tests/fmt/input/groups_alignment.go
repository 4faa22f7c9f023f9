package main

import (
	"fmt"
	"sync"
)

type (
	cache struct {
		mu sync.RWMutex
		entries map[string]int
		hits, misses int
	}
	id int
)

const (
	a = iota
	bb
	ccc
)

var (
	x int
	yy = 2
	zzz string = "three"
)

func (c *cache) get(k string) (v int, ok bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok = c.entries[k]
	return
}

func main() {
	c := &cache{entries: map[string]int{"k": 1}}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			c.get("k")
		}(i)
	}
	wg.Wait()
	fmt.Println(a, bb, ccc, x, yy, zzz, id(1))
}
