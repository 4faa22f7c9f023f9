// Composite literals of sync types are their zero values: sync.Mutex{},
// &sync.WaitGroup{}, sync.RWMutex{}, sync.Once{}, sync.Map{}, atomic.Int64{},
// and structs and maps holding them built with literals. No race.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type counter struct {
	mu sync.Mutex
	n  int
}

type registry struct {
	rw    sync.RWMutex
	once  sync.Once
	names sync.Map
	hits  atomic.Int64
}

func main() {
	wg := &sync.WaitGroup{}
	mu := sync.Mutex{}
	total := 0
	c := counter{mu: sync.Mutex{}}
	byName := map[string]*counter{"a": {mu: sync.Mutex{}}, "b": &counter{}}
	r := &registry{rw: sync.RWMutex{}, once: sync.Once{}, names: sync.Map{}, hits: atomic.Int64{}}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
			c.mu.Lock()
			c.n++
			c.mu.Unlock()
			for _, k := range []string{"a", "b"} {
				p := byName[k]
				p.mu.Lock()
				p.n += 10
				p.mu.Unlock()
			}
			r.once.Do(func() { fmt.Println("init once") })
			r.names.Store(i, i*i)
			r.hits.Add(1)
			r.rw.RLock()
			_ = len(byName)
			r.rw.RUnlock()
		}()
	}
	wg.Wait()
	sq := 0
	r.names.Range(func(k, v any) bool {
		sq += v.(int)
		return true
	})
	fmt.Println(total, c.n, byName["a"].n, byName["b"].n, sq, r.hits.Load())
	locks := []sync.Mutex{{}, sync.Mutex{}}
	locks[1].Lock()
	fmt.Println(locks[0].TryLock(), locks[1].TryLock())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
init once
6 4 40 40 14 4
true false
*/
