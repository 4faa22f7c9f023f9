// Signal itself orders nothing: only the mutex does. The waiter is certainly
// registered (main got the lock it released inside Wait), main writes x after
// unlocking and then signals; the waiter's re-lock acquires main's unlock, which
// was before the write: the read of x races the write.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	x := 0
	started := make(chan bool)
	got := make(chan int)
	go func() {
		mu.Lock()
		started <- true
		cond.Wait()
		mu.Unlock()
		got <- x
	}()
	<-started
	mu.Lock()
	mu.Unlock()
	x = 1
	cond.Signal()
	fmt.Println(<-got)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
1
*/
