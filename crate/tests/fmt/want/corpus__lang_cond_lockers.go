// sync.Cond over other Lockers: an RWMutex, a struct embedding sync.Mutex,
// and a user type whose Lock and Unlock count the calls Wait makes. A
// Signal wakes the oldest waiter first.
package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	sync.Mutex
	n int
}

type counting struct {
	mu             sync.Mutex
	locks, unlocks int
}

func (c *counting) Lock()   { c.mu.Lock(); c.locks++ }
func (c *counting) Unlock() { c.unlocks++; c.mu.Unlock() }

func main() {
	var rw sync.RWMutex
	c1 := sync.NewCond(&rw)
	turn := 0
	var order []int
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.Lock()
			for turn != id {
				c1.Wait()
			}
			order = append(order, id)
			turn++
			c1.Broadcast()
			rw.Unlock()
		}()
	}
	rw.Lock()
	turn = 1
	c1.Broadcast()
	rw.Unlock()
	wg.Wait()
	fmt.Println(order)

	var g guarded
	var l sync.Locker = &g
	c2 := sync.NewCond(l)
	done := make(chan bool)
	go func() {
		c2.L.Lock()
		for g.n == 0 {
			c2.Wait()
		}
		g.n++
		c2.L.Unlock()
		done <- true
	}()
	g.Lock()
	g.n = 1
	g.Unlock()
	c2.Signal()
	<-done
	fmt.Println(g.n, g.TryLock())

	cl := &counting{}
	c3 := &sync.Cond{L: cl}
	flag := false
	go func() {
		cl.Lock()
		flag = true
		c3.Signal()
		cl.Unlock()
	}()
	cl.Lock()
	for !flag {
		c3.Wait()
	}
	cl.Unlock()
	fmt.Println(cl.locks == cl.unlocks, cl.locks >= 2)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[1 2 3]
2 true
true true
*/
