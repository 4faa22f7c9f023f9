// Five workers append their number to a slice under a mutex; main waits and
// prints the order they got there.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for i := 1; i <= 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(order)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=19.34,16.70,13.04 date=2026-12-02T10:34:25Z median-ms=4.4
{"n": 100, "exit": 0, "stderr": null, "stdout": "[5 1 2 3 4]\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=19.34,16.70,13.04 date=2026-12-02T10:34:25Z median-ms=4.4
{"n": 94, "exit": 0, "stderr": null, "stdout": "[5 1 2 3 4]\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "[1 5 2 3 4]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[1 2 3 5 4]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[1 5 2 4 3]\n"}
*/
