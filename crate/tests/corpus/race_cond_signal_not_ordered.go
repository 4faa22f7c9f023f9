// sync.Cond creates no happens-before edge of its own: Go's race detector
// orders a Signal and the Wait it wakes only through c.L. Here x is written
// after the signaller's last Unlock, so the woken main's read races with it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var x int
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	waiting := false
	go func() {
		for {
			mu.Lock()
			w := waiting
			mu.Unlock()
			if w {
				break
			}
			runtime.Gosched()
		}
		x = 1
		c.Signal()
	}()
	mu.Lock()
	waiting = true
	c.Wait()
	mu.Unlock()
	fmt.Println(x)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:34"], ["write", "main.main.func1 main.go:27"]]]
stdout:
1
*/
