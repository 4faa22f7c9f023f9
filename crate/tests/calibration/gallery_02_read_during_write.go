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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.20,1.66,2.61+1.21,2.02,2.91 date=2026-12-02T12:58:04Z+2026-12-02T12:55:03Z median-ms=2.3+2.7
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.20,1.66,2.61+1.21,2.02,2.91 date=2026-12-02T12:58:04Z+2026-12-02T12:55:03Z median-ms=2.3+2.8
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
