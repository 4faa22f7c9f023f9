// Copy of examples/02-read-during-write.go (the gallery program), for the calibration record.
// A loader fills a cache while main already looks entries up.
package main

import (
	"fmt"
	"sync"
)

func main() {
	cache := make(map[int]string)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for id := 0; id < 200; id++ {
			cache[id] = fmt.Sprint("user", id)
		}
	}()
	hits := 0
	for id := 0; id < 200; id++ {
		if _, ok := cache[id]; ok {
			hits++
		}
	}
	wg.Wait()
	fmt.Println(hits <= 200)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.74,16.63,15.76 date=2026-12-02T12:02:40Z median-ms=2.4
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.74,16.63,15.76 date=2026-12-02T12:02:40Z median-ms=3.2
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
