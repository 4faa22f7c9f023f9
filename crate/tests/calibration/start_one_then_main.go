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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=14.16,16.42,15.72 date=2026-12-02T12:03:14Z median-ms=2.8
{"n": 100, "exit": 0, "stderr": null, "stdout": "main\nworker\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=14.16,16.42,15.72 date=2026-12-02T12:03:14Z median-ms=3.2
{"n": 100, "exit": 0, "stderr": null, "stdout": "main\nworker\n"}
*/
