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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.72,15.99,15.60 date=2026-12-02T12:04:01Z median-ms=3.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "[5 1 2 3 4]\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.72,15.99,15.60 date=2026-12-02T12:04:01Z median-ms=4.5
{"n": 89, "exit": 0, "stderr": null, "stdout": "[5 1 2 3 4]\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "[1 5 2 3 4]\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "[2 1 3 4 5]\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "[1 3 2 4 5]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[1 2 3 5 4]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[2 5 3 4 1]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[5 2 3 1 4]\n"}
*/
