// Three workers send a result on a buffered channel; main waits on the
// WaitGroup, closes the channel and prints results in arrival order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make(chan string, 3)
	var wg sync.WaitGroup
	for _, name := range []string{"fetch", "parse", "index"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- name
		}()
	}
	wg.Wait()
	close(results)
	for r := range results {
		fmt.Println(r)
	}
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.75,15.95,15.60 date=2026-12-02T12:04:05Z median-ms=2.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "index\nfetch\nparse\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.75,15.95,15.60 date=2026-12-02T12:04:05Z median-ms=3.5
{"n": 90, "exit": 0, "stderr": null, "stdout": "index\nfetch\nparse\n"}
{"n": 8, "exit": 0, "stderr": null, "stdout": "fetch\nindex\nparse\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "fetch\nparse\nindex\n"}
*/
