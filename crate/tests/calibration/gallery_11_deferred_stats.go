// Copy of examples/11-deferred-stats.go (the gallery program), for the calibration record.
// Request handlers count calls in a deferred function: the map write still races.
package main

import (
	"fmt"
	"sync"
)

var calls = map[string]int{}

func serve(path string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() { calls[path]++ }()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go serve("/index", &wg)
	}
	wg.Wait()
	fmt.Println(calls["/index"] <= 6)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=18.90,16.01,12.34 date=2026-12-02T10:32:15Z median-ms=3.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=18.90,16.01,12.34 date=2026-12-02T10:32:15Z median-ms=3.4
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
