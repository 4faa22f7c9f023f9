// The fix: readers share an RWMutex, writers exclude everyone.
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu sync.RWMutex
	m  map[int]string
}

func (c *cache) get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *cache) put(k int, v string) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	c := &cache{m: map[int]string{}}
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); c.put(i, fmt.Sprint("v", i)) }()
		go func() { defer wg.Done(); c.get(i) }()
	}
	wg.Wait()
	fmt.Println(len(c.m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
6
*/
