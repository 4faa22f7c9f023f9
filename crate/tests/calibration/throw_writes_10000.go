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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=18.48,16.45,12.92 date=2026-12-02T10:34:16Z median-ms=9.8
{"n": 99, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 1, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=18.48,16.45,12.92 date=2026-12-02T10:34:16Z median-ms=9.6
{"n": 74, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 26, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
