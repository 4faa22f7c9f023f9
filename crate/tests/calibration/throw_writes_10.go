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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.76,16.07,15.63 date=2026-12-02T12:03:50Z median-ms=2.7
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.76,16.07,15.63 date=2026-12-02T12:03:50Z median-ms=4.0
{"n": 93, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 7, "exit": 2, "stderr": "fatal error: concurrent map writes", "stdout": ""}
*/
