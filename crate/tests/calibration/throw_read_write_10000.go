// A writer fills a map with 10000 keys while main looks each key up:
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
		for i := 0; i < 10000; i++ {
			m[i] = i
		}
	}()
	hits := 0
	for i := 0; i < 10000; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	wg.Wait()
	fmt.Println(hits <= 10000)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.57,1.68,2.55+1.48,1.97,2.84 date=2026-12-02T12:59:14Z+2026-12-02T12:55:52Z median-ms=4.2+4.8
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.57,1.68,2.55+1.48,1.97,2.84 date=2026-12-02T12:59:14Z+2026-12-02T12:55:52Z median-ms=4.2+5.1
{"n": 398, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 2, "exit": 2, "stderr": "fatal error: concurrent map read and map write", "stdout": ""}
*/
