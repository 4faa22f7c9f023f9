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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.80,16.50,15.73 date=2026-12-02T12:02:53Z median-ms=2.9
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.80,16.50,15.73 date=2026-12-02T12:02:53Z median-ms=3.3
{"n": 99, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "false\n"}
*/
