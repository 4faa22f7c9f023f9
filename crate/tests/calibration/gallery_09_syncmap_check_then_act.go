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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.76,16.59,15.75 date=2026-12-02T12:02:46Z median-ms=2.5
{"n": 100, "exit": 0, "stderr": null, "stdout": "8\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.76,16.59,15.75 date=2026-12-02T12:02:46Z median-ms=3.1
{"n": 100, "exit": 0, "stderr": null, "stdout": "8\n"}
*/
