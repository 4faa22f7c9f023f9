// Two goroutines each do counter++ 1,000,000 times without a lock.
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
			for i := 0; i < 1000000; i++ {
				counter++
			}
		}()
	}
	wg.Wait()
	fmt.Println(counter == 2000000)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.80,16.50,15.73 date=2026-12-02T12:02:55Z median-ms=10.2
{"n": 100, "exit": 0, "stderr": null, "stdout": "true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.80,16.50,15.73 date=2026-12-02T12:02:55Z median-ms=9.6
{"n": 91, "exit": 0, "stderr": null, "stdout": "true\n"}
{"n": 9, "exit": 0, "stderr": null, "stdout": "false\n"}
*/
