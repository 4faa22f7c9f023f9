// One goroutine started, then main prints, then main waits: who prints first?
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker")
	}()
	fmt.Println("main")
	wg.Wait()
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.53,1.69,2.58+1.56,2.02,2.88 date=2026-12-02T12:58:44Z+2026-12-02T12:55:31Z median-ms=2.1+8.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "main\nworker\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.53,1.69,2.58+1.56,2.02,2.88 date=2026-12-02T12:58:44Z+2026-12-02T12:55:31Z median-ms=2.2+6.8
{"n": 390, "exit": 0, "stderr": null, "stdout": "main\nworker\n"}
{"n": 10, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
*/
