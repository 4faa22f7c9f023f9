// sync types built with composite literals: sync.Mutex{}, &sync.RWMutex{},
// sync.WaitGroup{}, sync.Once{}, sync.Map{}, and a struct literal with a
// sync.Mutex field. Each works like its zero value: no race.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(k string) {
	c.mu.Lock()
	c.n[k]++
	c.mu.Unlock()
}

func main() {
	mu := sync.Mutex{}
	rw := &sync.RWMutex{}
	wg := sync.WaitGroup{}
	once := sync.Once{}
	var sm = sync.Map{}
	c := Counter{mu: sync.Mutex{}, n: map[string]int{}}
	total := 0
	inits := 0
	hits := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
			mu.Lock()
			total += i
			mu.Unlock()
			rw.Lock()
			hits++
			rw.Unlock()
			sm.Store(i, i*i)
			c.Inc("k")
		}()
	}
	wg.Wait()
	sq := 0
	sm.Range(func(k, v any) bool {
		sq += v.(int)
		return true
	})
	rw.RLock()
	h := hits
	rw.RUnlock()
	fmt.Println(total, inits, h, sq, c.n["k"])
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
6 1 4 14 4
*/
