// A writer fills a map with 100 keys while main looks each key up:
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
		for i := 0; i < 100; i++ {
			m[i] = i
		}
	}()
	hits := 0
	for i := 0; i < 100; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	wg.Wait()
	fmt.Println(hits <= 100)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.62,1.70,2.55+1.52,1.99,2.85 date=2026-12-02T12:59:10Z+2026-12-02T12:55:49Z median-ms=2.6+3.4
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.62,1.70,2.55+1.52,1.99,2.85 date=2026-12-02T12:59:10Z+2026-12-02T12:55:49Z median-ms=2.6+3.4
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
