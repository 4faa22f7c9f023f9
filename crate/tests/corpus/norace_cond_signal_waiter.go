// sync.NewCond with Signal (Go's TestNoRaceCond): x is written before the
// locked section that sets the condition and signals; the waiter re-locks the
// mutex on waking, so the write happens before main's: no race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	x := 0
	condition := 0
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	go func() {
		x = 1
		mu.Lock()
		condition = 1
		cond.Signal()
		mu.Unlock()
	}()
	mu.Lock()
	for condition != 1 {
		cond.Wait()
	}
	mu.Unlock()
	x++
	fmt.Println(x)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
2
*/
