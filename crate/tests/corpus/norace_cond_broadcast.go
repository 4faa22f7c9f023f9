// A start gate: workers Wait on a sync.Cond{L: &mu} until main sets ready
// and Broadcasts. The data main wrote before taking the lock is ordered
// before every worker's read by the lock the woken Wait takes again.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	gate := sync.Cond{L: &mu}
	ready := false
	config := map[string]int{}
	results := make([]int, 4)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for !ready {
				gate.Wait()
			}
			mu.Unlock()
			results[i] = config["base"] + i
		}()
	}
	config["base"] = 100
	mu.Lock()
	ready = true
	gate.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println(results)
	gate.Signal() // no waiter: nothing happens
	gate.Broadcast()
	fmt.Println("done")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[100 101 102 103]
done
*/
