// Two goroutines each write 1000 distinct keys into one map: does the runtime
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
			for i := 0; i < 1000; i++ {
				m[w*1000+i] = i
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m) == 2*1000)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.70,16.02,15.61 date=2026-12-02T12:03:54Z median-ms=3.5
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.70,16.02,15.61 date=2026-12-02T12:03:54Z median-ms=4.7
{"n": 69, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 31, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
