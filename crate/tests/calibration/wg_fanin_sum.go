// Four workers each sum a quarter of 1..1000 into their own slot: the total
// is always 500500 (no race) — a calibration point with one outcome.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var parts [4]int
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w*250 + 1; i <= (w+1)*250; i++ {
				parts[w] += i
			}
		}()
	}
	wg.Wait()
	fmt.Println(parts[0] + parts[1] + parts[2] + parts[3])
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=2.90,2.00,2.61+1.40,1.92,2.81 date=2026-12-02T12:59:59Z+2026-12-02T12:56:11Z median-ms=3.0+3.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "500500\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=2.90,2.00,2.61+1.40,1.92,2.81 date=2026-12-02T12:59:59Z+2026-12-02T12:56:11Z median-ms=2.4+3.9
{"n": 400, "exit": 0, "stderr": null, "stdout": "500500\n"}
*/
