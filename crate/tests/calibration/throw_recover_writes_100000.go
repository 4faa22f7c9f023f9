// Four goroutines write 100,000 times each, every one with a deferred
// recover. A map throw is a fatal error, not a panic: recover cannot stop it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("recovered", r)
				}
			}()
			for i := 0; i < 100000; i++ {
				m[i%1000] = w
			}
		}()
	}
	wg.Wait()
	fmt.Println("done", len(m))
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.52,1.67,2.54+1.52,1.97,2.84 date=2026-12-02T12:59:20Z+2026-12-02T12:55:56Z median-ms=14.1+18.8
{"n": 400, "exit": 0, "stderr": null, "stdout": "done 1000\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.52,1.67,2.54+1.52,1.97,2.84 date=2026-12-02T12:59:20Z+2026-12-02T12:55:56Z median-ms=9.7+9.3
{"n": 390, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
{"n": 9, "exit": 0, "stderr": null, "stdout": "done 1000\n"}
{"n": 1, "exit": 2, "stderr": "fatal error: fault", "stdout": ""}
*/
