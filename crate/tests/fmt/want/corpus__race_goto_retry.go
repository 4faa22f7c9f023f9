// A retry loop written with goto; two goroutines bump a shared counter
// without a lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	total := 0
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tries := 0
		retry:
			tries++
			total++
			if tries < 3 {
				goto retry
			}
		}()
	}
	wg.Wait()
	fmt.Println(total > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main.func1 main.go:20"], ["write", "main.main.func1 main.go:20"]]]
stdout:
true
*/
