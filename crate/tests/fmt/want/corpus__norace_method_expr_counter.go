// The same counter as race_method_expr_counter, the method taking a lock.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu   sync.Mutex
	hits map[string]int
}

func (c *Counter) Hit(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hits[k]++
}

func main() {
	c := &Counter{hits: map[string]int{}}
	hit := (*Counter).Hit
	var h interface{ Hit(string) } = c
	bound := h.Hit
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); hit(c, "a") }()
	go func() { defer wg.Done(); bound("a") }()
	wg.Wait()
	fmt.Println(c.hits["a"])
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
2
*/
