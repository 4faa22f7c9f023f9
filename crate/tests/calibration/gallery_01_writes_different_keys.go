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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.20,1.66,2.61+1.21,2.02,2.91 date=2026-12-02T12:58:02Z+2026-12-02T12:55:02Z median-ms=2.0+2.1
{"n": 400, "exit": 0, "stderr": null, "stdout": "4\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.20,1.66,2.61+1.21,2.02,2.91 date=2026-12-02T12:58:02Z+2026-12-02T12:55:02Z median-ms=2.4+3.2
{"n": 283, "exit": 0, "stderr": null, "stdout": "4\n"}
{"n": 117, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
