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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=2.00,1.77,2.56+1.48,1.95,2.83 date=2026-12-02T12:59:33Z+2026-12-02T12:56:01Z median-ms=6.3+3.0
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=2.00,1.77,2.56+1.48,1.95,2.83 date=2026-12-02T12:59:33Z+2026-12-02T12:56:01Z median-ms=7.4+4.6
{"n": 256, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 144, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
