// main recovers around its reads while a writer fills the map: the
// read-write throw still ends the program (recover only sees panics).
package main

import (
	"fmt"
	"sync"
)

func lookups(m map[int]int, n int) (hits int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	for i := 0; i < n; i++ {
		if _, ok := m[i]; ok {
			hits++
		}
	}
	return hits
}

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
	hits := lookups(m, 10000)
	wg.Wait()
	fmt.Println(hits <= 10000)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.52,1.67,2.54+1.48,1.97,2.84 date=2026-12-02T12:59:17Z+2026-12-02T12:55:54Z median-ms=4.3+5.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.52,1.67,2.54+1.48,1.97,2.84 date=2026-12-02T12:59:17Z+2026-12-02T12:55:54Z median-ms=4.5+5.4
{"n": 397, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 3, "exit": 2, "stderr": "fatal error: concurrent map read and map write", "stdout": ""}
*/
