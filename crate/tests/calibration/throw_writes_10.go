// Two goroutines each write 10 distinct keys into one map: does the runtime
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
			for i := 0; i < 10; i++ {
				m[w*10+i] = i
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(m) == 2*10)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.83,1.73,2.55+1.52,1.97,2.84 date=2026-12-02T12:59:28Z+2026-12-02T12:55:59Z median-ms=5.8+3.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.83,1.73,2.55+1.52,1.97,2.84 date=2026-12-02T12:59:28Z+2026-12-02T12:55:59Z median-ms=6.4+3.7
{"n": 343, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 56, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
{"n": 1, "exit": 2, "stderr": "fatal error: fault", "stdout": ""}
*/
