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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.78,16.55,15.74 date=2026-12-02T12:02:51Z median-ms=2.5
{"n": 100, "exit": 0, "stderr": null, "stdout": "10\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.78,16.55,15.74 date=2026-12-02T12:02:51Z median-ms=3.1
{"n": 99, "exit": 0, "stderr": null, "stdout": "10\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "9\n"}
*/
