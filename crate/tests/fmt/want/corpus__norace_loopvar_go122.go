// Go 1.22: each iteration has its own i, so the closures do not share it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(sum)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
10
*/
