// A Cond built as a composite literal, &sync.Cond{L: &mu}, with an RWMutex's
// read locker (RLocker) in a second one: both work like sync.NewCond.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := &sync.Cond{L: &mu}
	n := 0
	done := make(chan bool)
	go func() {
		mu.Lock()
		n = 5
		c.Signal()
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	for n == 0 {
		c.Wait()
	}
	mu.Unlock()
	<-done

	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	ok := false
	go func() {
		rw.Lock()
		ok = true
		rw.Unlock()
		rc.Broadcast()
	}()
	rw.RLock()
	for !ok {
		rc.Wait()
	}
	rw.RUnlock()
	fmt.Println(n, ok)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
5 true
*/
