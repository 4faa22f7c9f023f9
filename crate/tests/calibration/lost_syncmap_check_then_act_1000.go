// Check-then-act on sync.Map with more work: four goroutines each do
// Load-then-Store 1000 times. All 4000 counted?
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("n", 0)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				v, _ := m.Load("n")
				m.Store("n", v.(int)+1)
			}
		}()
	}
	wg.Wait()
	v, _ := m.Load("n")
	fmt.Println(v.(int) == 4000)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.39,1.67,2.59+1.16,1.97,2.88 date=2026-12-02T12:58:30Z+2026-12-02T12:55:16Z median-ms=3.8+6.5
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.39,1.67,2.59+1.16,1.97,2.88 date=2026-12-02T12:58:30Z+2026-12-02T12:55:16Z median-ms=4.3+6.2
{"n": 356, "exit": 0, "stderr": null, "stdout": "false\n"}
{"n": 44, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
