// Two goroutines each do counter++ 1000 times without a lock: are updates lost?
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter == 2000)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.37,1.68,2.60+1.18,1.99,2.89 date=2026-12-02T12:58:19Z+2026-12-02T12:55:12Z median-ms=2.7+2.8
{"n": 400, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.37,1.68,2.60+1.18,1.99,2.89 date=2026-12-02T12:58:19Z+2026-12-02T12:55:12Z median-ms=2.9+3.0
{"n": 375, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 25, "exit": 0, "stderr": null, "stdout": "false\n"}
*/
