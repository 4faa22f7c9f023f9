// Copy of examples/06-append-from-goroutine.go (the gallery program), for the calibration record.
// A goroutine appends to the map's slices while main ranges and prints.
package main

import (
	"fmt"
	"sync"
)

func main() {
	tags := map[string][]string{"go": {"lang"}, "rust": {"lang"}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for k := range tags {
			tags[k] = append(tags[k], "new")
		}
	}()
	for k, v := range tags {
		fmt.Println(k, len(v) >= 1)
	}
	wg.Wait()
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.27,1.66,2.61+1.19,2.00,2.90 date=2026-12-02T12:58:07Z+2026-12-02T12:55:05Z median-ms=3.0+3.2
{"n": 344, "exit": 0, "stderr": null, "stdout": "go true\nrust true\n"}
{"n": 56, "exit": 0, "stderr": null, "stdout": "rust true\ngo true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.27,1.66,2.61+1.19,2.00,2.90 date=2026-12-02T12:58:07Z+2026-12-02T12:55:05Z median-ms=3.1+3.3
{"n": 360, "exit": 0, "stderr": null, "stdout": "go true\nrust true\n"}
{"n": 40, "exit": 0, "stderr": null, "stdout": "rust true\ngo true\n"}
*/
