// Two goroutines each write 100 distinct keys into one map: does the runtime
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
			for i := 0; i < 100; i++ {
				m[w*100+i] = i
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m) == 2*100)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.76,16.07,15.63 date=2026-12-02T12:03:52Z median-ms=3.1
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.76,16.07,15.63 date=2026-12-02T12:03:52Z median-ms=4.3
{"n": 75, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 25, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
