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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=2.51,1.90,2.58+1.44,1.94,2.82 date=2026-12-02T12:59:48Z+2026-12-02T12:56:06Z median-ms=6.4+3.5
{"n": 400, "exit": 0, "stderr": null, "stdout": "[5 1 2 3 4]\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=2.51,1.90,2.58+1.44,1.94,2.82 date=2026-12-02T12:59:48Z+2026-12-02T12:56:06Z median-ms=6.5+4.0
{"n": 299, "exit": 0, "stderr": null, "stdout": "[5 1 2 3 4]\n"}
{"n": 32, "exit": 0, "stderr": null, "stdout": "[1 5 2 3 4]\n"}
{"n": 20, "exit": 0, "stderr": null, "stdout": "[1 2 5 3 4]\n"}
{"n": 9, "exit": 0, "stderr": null, "stdout": "[5 2 1 3 4]\n"}
{"n": 8, "exit": 0, "stderr": null, "stdout": "[2 1 3 4 5]\n"}
{"n": 7, "exit": 0, "stderr": null, "stdout": "[5 1 3 2 4]\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "[5 1 2 4 3]\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "[1 3 2 4 5]\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "[2 1 5 3 4]\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "[5 3 2 4 1]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[1 2 3 4 5]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[1 3 2 5 4]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[1 3 5 2 4]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[1 3 5 4 2]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[1 4 5 2 3]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[1 4 5 3 2]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[1 5 3 2 4]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[2 1 5 4 3]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[2 5 1 4 3]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[2 5 3 1 4]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[5 1 3 4 2]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[5 1 4 3 2]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[5 2 1 4 3]\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "[5 3 4 2 1]\n"}
*/
