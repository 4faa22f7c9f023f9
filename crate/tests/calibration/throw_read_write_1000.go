// A writer fills a map with 1000 keys while main looks each key up:
// fatal error: concurrent map read and map write, or not?
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 1000; i++ {
			m[i] = i
		}
	}()
	hits := 0
	for i := 0; i < 1000; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	wg.Wait()
	fmt.Println(hits <= 1000)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.57,1.68,2.55+1.48,1.97,2.84 date=2026-12-02T12:59:12Z+2026-12-02T12:55:51Z median-ms=2.4+3.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.57,1.68,2.55+1.48,1.97,2.84 date=2026-12-02T12:59:12Z+2026-12-02T12:55:51Z median-ms=2.4+3.5
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
