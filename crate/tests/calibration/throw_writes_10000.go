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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=2.38,1.86,2.58+1.48,1.95,2.83 date=2026-12-02T12:59:42Z+2026-12-02T12:56:03Z median-ms=8.9+7.7
{"n": 399, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 1, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=2.38,1.86,2.58+1.48,1.95,2.83 date=2026-12-02T12:59:42Z+2026-12-02T12:56:03Z median-ms=7.7+7.5
{"n": 248, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
{"n": 151, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 1, "exit": 2, "stderr": "fatal error: fault", "stdout": ""}
*/
