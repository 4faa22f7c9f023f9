// Copy of examples/09-syncmap-check-then-act.go (the gallery program), for the calibration record.
// Load, add one, Store: each call is atomic, the sequence is not.
// No data race is reported, yet increments get lost.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var views sync.Map
	views.Store("home", 0)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _ := views.Load("home")
			views.Store("home", v.(int)+1)
		}()
	}
	wg.Wait()
	v, _ := views.Load("home")
	fmt.Println(v) // 8, unless an update was lost
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.27,1.66,2.61+1.19,2.00,2.90 date=2026-12-02T12:58:10Z+2026-12-02T12:55:07Z median-ms=2.7+3.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "8\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.27,1.66,2.61+1.19,2.00,2.90 date=2026-12-02T12:58:10Z+2026-12-02T12:55:07Z median-ms=3.0+3.6
{"n": 273, "exit": 0, "stderr": null, "stdout": "8\n"}
{"n": 82, "exit": 0, "stderr": null, "stdout": "1\n"}
{"n": 14, "exit": 0, "stderr": null, "stdout": "7\n"}
{"n": 12, "exit": 0, "stderr": null, "stdout": "2\n"}
{"n": 9, "exit": 0, "stderr": null, "stdout": "6\n"}
{"n": 8, "exit": 0, "stderr": null, "stdout": "5\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "3\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "4\n"}
*/
