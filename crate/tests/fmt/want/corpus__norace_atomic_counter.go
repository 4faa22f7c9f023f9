// Atomic increments from many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
16
*/
