// A writer updates the 100 keys of a map 10 times in all while main ranges
// over the map once: fatal error: concurrent map iteration and map write?
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	for k := 0; k < 100; k++ {
		m[k] = 0
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 10; i++ {
			m[i%100] = i
		}
	}()
	keys := 0
	for r := 0; r < 1; r++ {
		for range m {
			keys++
		}
	}
	wg.Wait()
	fmt.Println(keys == 100*1)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.60,1.70,2.57+1.52,2.00,2.87 date=2026-12-02T12:58:54Z+2026-12-02T12:55:38Z median-ms=2.3+2.8
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.60,1.70,2.57+1.52,2.00,2.87 date=2026-12-02T12:58:54Z+2026-12-02T12:55:38Z median-ms=2.3+3.1
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
