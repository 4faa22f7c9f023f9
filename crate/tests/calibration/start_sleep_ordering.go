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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.56,1.69,2.57+1.56,2.02,2.88 date=2026-12-02T12:58:46Z+2026-12-02T12:55:33Z median-ms=5.9+7.4
{"n": 396, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 2\nworker 3\nmain\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 3\nworker 2\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 2\nworker 1\nworker 3\nmain\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.56,1.69,2.57+1.56,2.02,2.88 date=2026-12-02T12:58:46Z+2026-12-02T12:55:33Z median-ms=6.2+7.5
{"n": 391, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 2\nworker 3\nmain\n"}
{"n": 6, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 3\nworker 2\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 2\nworker 1\nworker 3\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 2\nworker 3\nworker 1\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 3\nworker 1\nworker 2\nmain\n"}
*/
