// Three workers started before fmt.Println("main"): the order of the four lines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("worker", i)
		}()
	}
	fmt.Println("main")
	wg.Wait()
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=14.14,16.38,15.71 date=2026-12-02T12:03:21Z median-ms=2.2
{"n": 100, "exit": 0, "stderr": null, "stdout": "main\nworker 3\nworker 1\nworker 2\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=14.14,16.38,15.71 date=2026-12-02T12:03:21Z median-ms=3.1
{"n": 73, "exit": 0, "stderr": null, "stdout": "main\nworker 3\nworker 1\nworker 2\n"}
{"n": 11, "exit": 0, "stderr": null, "stdout": "main\nworker 1\nworker 2\nworker 3\n"}
{"n": 6, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 2\nmain\nworker 3\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "worker 1\nmain\nworker 3\nworker 2\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 2\nworker 3\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "main\nworker 1\nworker 3\nworker 2\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "main\nworker 3\nworker 2\nworker 1\n"}
*/
