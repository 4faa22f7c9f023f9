// Capacity C: the k-th receive happens before the (k+C)-th send completes.
package main

import (
	"fmt"
	"sync"
)

func main() {
	tokens := make(chan struct{}, 2)
	var wg sync.WaitGroup
	var mu sync.Mutex
	active, peak := 0, 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tokens <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-tokens
		}()
	}
	wg.Wait()
	fmt.Println(peak <= 2)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true
*/
