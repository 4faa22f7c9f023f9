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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.60,1.70,2.57+1.52,2.00,2.87 date=2026-12-02T12:58:52Z+2026-12-02T12:55:38Z median-ms=2.3+2.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "main\nworker 3\nworker 1\nworker 2\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.60,1.70,2.57+1.52,2.00,2.87 date=2026-12-02T12:58:52Z+2026-12-02T12:55:38Z median-ms=2.4+2.6
{"n": 177, "exit": 0, "stderr": null, "stdout": "main\nworker 3\nworker 1\nworker 2\n"}
{"n": 112, "exit": 0, "stderr": null, "stdout": "main\nworker 3\nworker 2\nworker 1\n"}
{"n": 56, "exit": 0, "stderr": null, "stdout": "main\nworker 1\nworker 2\nworker 3\n"}
{"n": 23, "exit": 0, "stderr": null, "stdout": "worker 1\nmain\nworker 3\nworker 2\n"}
{"n": 13, "exit": 0, "stderr": null, "stdout": "main\nworker 1\nworker 3\nworker 2\n"}
{"n": 7, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 2\nmain\nworker 3\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "main\nworker 2\nworker 1\nworker 3\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "main\nworker 2\nworker 3\nworker 1\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "worker 3\nworker 2\nworker 1\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 3\nworker 2\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 2\nmain\nworker 3\nworker 1\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 3\nworker 1\nmain\nworker 2\n"}
*/
