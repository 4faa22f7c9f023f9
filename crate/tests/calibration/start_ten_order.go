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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.56,1.69,2.57+1.56,2.02,2.88 date=2026-12-02T12:58:50Z+2026-12-02T12:55:35Z median-ms=2.6+4.0
{"n": 400, "exit": 0, "stderr": null, "stdout": "first 9 last 8\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.56,1.69,2.57+1.56,2.02,2.88 date=2026-12-02T12:58:50Z+2026-12-02T12:55:35Z median-ms=2.9+4.2
{"n": 195, "exit": 0, "stderr": null, "stdout": "first 9 last 8\n"}
{"n": 74, "exit": 0, "stderr": null, "stdout": "first 0 last 8\n"}
{"n": 35, "exit": 0, "stderr": null, "stdout": "first 1 last 8\n"}
{"n": 11, "exit": 0, "stderr": null, "stdout": "first 9 last 2\n"}
{"n": 9, "exit": 0, "stderr": null, "stdout": "first 9 last 4\n"}
{"n": 8, "exit": 0, "stderr": null, "stdout": "first 9 last 5\n"}
{"n": 7, "exit": 0, "stderr": null, "stdout": "first 0 last 7\n"}
{"n": 7, "exit": 0, "stderr": null, "stdout": "first 3 last 2\n"}
{"n": 6, "exit": 0, "stderr": null, "stdout": "first 9 last 3\n"}
{"n": 6, "exit": 0, "stderr": null, "stdout": "first 9 last 6\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "first 1 last 0\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "first 2 last 8\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "first 0 last 9\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "first 1 last 9\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "first 3 last 0\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "first 0 last 1\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "first 0 last 2\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "first 2 last 1\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "first 3 last 9\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "first 9 last 0\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "first 9 last 1\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 0 last 4\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 0 last 6\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 1 last 6\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 1 last 7\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 2 last 4\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 2 last 7\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 3 last 1\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 3 last 4\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 3 last 5\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 3 last 6\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 3 last 7\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 3 last 8\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 9 last 7\n"}
*/
