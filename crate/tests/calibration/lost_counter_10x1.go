// Ten goroutines each increment a shared counter once, unlocked: the value.
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.37,1.68,2.60+1.18,1.99,2.89 date=2026-12-02T12:58:17Z+2026-12-02T12:55:10Z median-ms=2.5+3.1
{"n": 400, "exit": 0, "stderr": null, "stdout": "10\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.37,1.68,2.60+1.18,1.99,2.89 date=2026-12-02T12:58:17Z+2026-12-02T12:55:10Z median-ms=2.5+3.4
{"n": 393, "exit": 0, "stderr": null, "stdout": "10\n"}
{"n": 7, "exit": 0, "stderr": null, "stdout": "9\n"}
*/
