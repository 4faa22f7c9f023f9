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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=2.90,2.00,2.61+1.44,1.94,2.82 date=2026-12-02T12:59:56Z+2026-12-02T12:56:09Z median-ms=3.6+3.7
{"n": 400, "exit": 0, "stderr": null, "stdout": "index\nfetch\nparse\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=2.90,2.00,2.61+1.44,1.94,2.82 date=2026-12-02T12:59:56Z+2026-12-02T12:56:09Z median-ms=3.6+3.9
{"n": 347, "exit": 0, "stderr": null, "stdout": "index\nfetch\nparse\n"}
{"n": 26, "exit": 0, "stderr": null, "stdout": "fetch\nparse\nindex\n"}
{"n": 21, "exit": 0, "stderr": null, "stdout": "fetch\nindex\nparse\n"}
{"n": 6, "exit": 0, "stderr": null, "stdout": "index\nparse\nfetch\n"}
*/
