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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.94,16.23,15.67 date=2026-12-02T12:03:34Z median-ms=2.4
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.94,16.23,15.67 date=2026-12-02T12:03:34Z median-ms=3.5
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
