// A queue guarded by a Mutex with a sync.Cond: consumers Wait while it is
// empty, the producer appends and Signals while holding the lock. Every
// access to the queue is under c.L, so there is no race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	var queue []int
	sum := 0
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 3; n++ {
				c.L.Lock()
				for len(queue) == 0 {
					c.Wait()
				}
				v := queue[0]
				queue = queue[1:]
				sum += v
				c.L.Unlock()
			}
		}()
	}
	for i := 1; i <= 6; i++ {
		mu.Lock()
		queue = append(queue, i)
		c.Signal()
		mu.Unlock()
	}
	wg.Wait()
	fmt.Println(sum, len(queue))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
21 0
*/
