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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=18.43,15.96,12.34 date=2026-12-02T10:32:21Z median-ms=3.4
{"n": 100, "exit": 0, "stderr": null, "stdout": "10\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=18.43,15.96,12.34 date=2026-12-02T10:32:21Z median-ms=3.5
{"n": 100, "exit": 0, "stderr": null, "stdout": "10\n"}
*/
