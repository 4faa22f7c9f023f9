// A goroutine started, then main yields once with runtime.Gosched before it
// prints: does the worker get to print first?
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("worker")
	}()
	runtime.Gosched()
	fmt.Println("main")
	wg.Wait()
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.53,1.69,2.58+1.53,2.02,2.88 date=2026-12-02T12:58:42Z+2026-12-02T12:55:28Z median-ms=2.2+6.4
{"n": 400, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.53,1.69,2.58+1.53,2.02,2.88 date=2026-12-02T12:58:42Z+2026-12-02T12:55:28Z median-ms=2.2+4.6
{"n": 385, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
{"n": 15, "exit": 0, "stderr": null, "stdout": "main\nworker\n"}
*/
