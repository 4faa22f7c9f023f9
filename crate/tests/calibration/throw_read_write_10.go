// A writer fills a map with 10 keys while main looks each key up:
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
		for i := 0; i < 10; i++ {
			m[i] = i
		}
	}()
	hits := 0
	for i := 0; i < 10; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	wg.Wait()
	fmt.Println(hits <= 10)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.62,1.70,2.55+1.52,1.99,2.85 date=2026-12-02T12:59:08Z+2026-12-02T12:55:47Z median-ms=2.3+7.9
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.62,1.70,2.55+1.52,1.99,2.85 date=2026-12-02T12:59:08Z+2026-12-02T12:55:47Z median-ms=2.2+8.8
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
