// Writes before wg.Done are ordered before wg.Wait returns.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 4)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[0 1 4 9]
*/
