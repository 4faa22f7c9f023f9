// Writing under RLock is still a race: read locks do not exclude each other.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.RLock()
			count++
			mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println(count > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main.func1 main.go:18"], ["write", "main.main.func1 main.go:18"]]]
stdout:
true
*/
