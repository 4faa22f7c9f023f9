// Two goroutines each do counter++ 1,000,000 times without a lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000000; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter == 2000000)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.34,1.66,2.59+1.18,1.99,2.89 date=2026-12-02T12:58:21Z+2026-12-02T12:55:13Z median-ms=9.2+8.8
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.34,1.66,2.59+1.18,1.99,2.89 date=2026-12-02T12:58:21Z+2026-12-02T12:55:13Z median-ms=11.9+11.3
{"n": 338, "exit": 0, "stderr": null, "stdout": "false\n"}
{"n": 62, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
