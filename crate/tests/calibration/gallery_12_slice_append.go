// Copy of examples/12-slice-append.go (the gallery program), for the calibration record.
// Goroutines append to one slice while main reads it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var events []string
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			events = append(events, fmt.Sprint("e", i))
		}()
	}
	seen := len(events)
	wg.Wait()
	fmt.Println(seen <= 5)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.78,16.55,15.74 date=2026-12-02T12:02:50Z median-ms=2.7
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.78,16.55,15.74 date=2026-12-02T12:02:50Z median-ms=3.0
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
