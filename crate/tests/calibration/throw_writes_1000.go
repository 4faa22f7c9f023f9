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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=18.79,16.47,12.91 date=2026-12-02T10:34:10Z median-ms=7.4
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=18.79,16.47,12.91 date=2026-12-02T10:34:10Z median-ms=8.6
{"n": 91, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 9, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
