// Broadcast wakes every waiter; each re-locks the mutex and sees what was
// written under it before the broadcast: no race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	value := 0
	results := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			v := value
			mu.Unlock()
			results <- v + i
		}()
	}
	mu.Lock()
	value = 10
	ready = true
	cond.Broadcast()
	mu.Unlock()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println(sum)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
33
*/
