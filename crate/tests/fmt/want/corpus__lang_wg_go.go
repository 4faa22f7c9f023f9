// WaitGroup.Go (Go 1.25) starts a goroutine and tracks it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[int]bool{}
	for i := 0; i < 5; i++ {
		wg.Go(func() {
			mu.Lock()
			seen[i] = true
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(len(seen), seen)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
5 map[0:true 1:true 2:true 3:true 4:true]
*/
