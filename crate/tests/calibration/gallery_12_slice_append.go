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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.49,1.70,2.61+1.19,2.00,2.90 date=2026-12-02T12:58:15Z+2026-12-02T12:55:09Z median-ms=2.6+2.8
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.49,1.70,2.61+1.19,2.00,2.90 date=2026-12-02T12:58:15Z+2026-12-02T12:55:09Z median-ms=2.9+3.1
{"n": 399, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 1, "exit": 2, "stderr": "panic: runtime error: invalid memory address or nil pointer dereference", "stdout": ""}
*/
