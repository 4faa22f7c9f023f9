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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=2.24,1.83,2.57+1.48,1.95,2.83 date=2026-12-02T12:59:37Z+2026-12-02T12:56:02Z median-ms=7.4+3.2
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=2.24,1.83,2.57+1.48,1.95,2.83 date=2026-12-02T12:59:37Z+2026-12-02T12:56:02Z median-ms=7.8+6.4
{"n": 217, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
{"n": 183, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
