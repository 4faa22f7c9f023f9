// Concurrent reads of a map nobody writes are fine.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for _, k := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := m[k]
			for range m {
			}
			mu.Lock()
			total += v
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
6
*/
