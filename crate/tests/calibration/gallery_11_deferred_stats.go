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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.49,1.70,2.61+1.19,2.00,2.90 date=2026-12-02T12:58:12Z+2026-12-02T12:55:08Z median-ms=2.9+3.2
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.49,1.70,2.61+1.19,2.00,2.90 date=2026-12-02T12:58:12Z+2026-12-02T12:55:08Z median-ms=3.4+3.8
{"n": 299, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 101, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
