// A writer updates the 100 keys of a map 100000 times in all while main ranges
// over the map 2000 times: fatal error: concurrent map iteration and map write?
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
		for i := 0; i < 100000; i++ {
			m[i%100] = i
		}
	}()
	keys := 0
	for r := 0; r < 2000; r++ {
		for range m {
			keys++
		}
	}
	wg.Wait()
	fmt.Println(keys == 100*2000)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.59,1.69,2.56+1.48,1.99,2.86 date=2026-12-02T12:59:03Z+2026-12-02T12:55:44Z median-ms=8.4+11.5
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.59,1.69,2.56+1.48,1.99,2.86 date=2026-12-02T12:59:03Z+2026-12-02T12:55:44Z median-ms=6.3+8.0
{"n": 359, "exit": 2, "stderr": "fatal error: concurrent map iteration and map write", "stdout": ""}
{"n": 41, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
