// Ten goroutines started, then main waits: which one prints first and which
// last (runnext holds the newest; the others queue in creation order).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("first", order[0], "last", order[9])
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=14.14,16.38,15.71 date=2026-12-02T12:03:18Z median-ms=3.1
{"n": 100, "exit": 0, "stderr": null, "stdout": "first 9 last 8\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=14.14,16.38,15.71 date=2026-12-02T12:03:18Z median-ms=3.5
{"n": 80, "exit": 0, "stderr": null, "stdout": "first 9 last 8\n"}
{"n": 7, "exit": 0, "stderr": null, "stdout": "first 0 last 8\n"}
{"n": 7, "exit": 0, "stderr": null, "stdout": "first 1 last 8\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "first 3 last 9\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 0 last 3\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 1 last 4\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 3 last 8\n"}
*/
