// Copy of examples/01-writes-different-keys.go (the gallery program), for the calibration record.
// Each worker records its own result under its own key.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := map[string]int{}
	var wg sync.WaitGroup
	for _, job := range []string{"fetch", "parse", "index", "store"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[job] = len(job) // different keys, same map
		}()
	}
	wg.Wait()
	fmt.Println(len(results))
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.74,16.63,15.76 date=2026-12-02T12:02:38Z median-ms=3.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "4\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.74,16.63,15.76 date=2026-12-02T12:02:38Z median-ms=3.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "4\n"}
*/
