// A writer updates the 100 keys of a map 1000 times in all while main ranges
// over the map 20 times: fatal error: concurrent map iteration and map write?
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
		for i := 0; i < 1000; i++ {
			m[i%100] = i
		}
	}()
	keys := 0
	for r := 0; r < 20; r++ {
		for range m {
			keys++
		}
	}
	wg.Wait()
	fmt.Println(keys == 100*20)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.55,1.69,2.56+1.48,1.99,2.86 date=2026-12-02T12:58:58Z+2026-12-02T12:55:41Z median-ms=2.6+2.9
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.55,1.69,2.56+1.48,1.99,2.86 date=2026-12-02T12:58:58Z+2026-12-02T12:55:41Z median-ms=2.2+2.9
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
