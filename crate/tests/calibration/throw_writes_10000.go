// Two goroutines each write 10000 distinct keys into one map: does the runtime
// catch them overlapping (fatal error: concurrent map writes)?
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10000; i++ {
				m[w*10000+i] = i
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m) == 2*10000)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.70,16.02,15.61 date=2026-12-02T12:03:56Z median-ms=12.2
{"n": 96, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 4, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.70,16.02,15.61 date=2026-12-02T12:03:56Z median-ms=11.7
{"n": 55, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 45, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
