// Three workers sleep 1, 2 and 3 ms (started in reverse): timers order them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 3; i >= 1; i-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i) * time.Millisecond)
			fmt.Println("worker", i)
		}()
	}
	wg.Wait()
	fmt.Println("main")
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=14.16,16.42,15.72 date=2026-12-02T12:03:16Z median-ms=6.5
{"n": 80, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 2\nworker 3\nmain\n"}
{"n": 10, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 3\nworker 2\nmain\n"}
{"n": 9, "exit": 0, "stderr": null, "stdout": "worker 3\nworker 1\nworker 2\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 2\nworker 1\nworker 3\nmain\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=14.16,16.42,15.72 date=2026-12-02T12:03:16Z median-ms=6.7
{"n": 89, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 2\nworker 3\nmain\n"}
{"n": 6, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 3\nworker 2\nmain\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "worker 3\nworker 1\nworker 2\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 2\nworker 1\nworker 3\nmain\n"}
*/
