// Each worker records its own result under its own key.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := map[string]int{}
	var wg sync.WaitGroup
	for _, job := range []string{"fetch", "parse", "index", "store"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[job] = len(job) // different keys, same map
		}()
	}
	wg.Wait()
	fmt.Println(len(results))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
4
*/
