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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=14.34,16.50,15.74 date=2026-12-02T12:03:12Z median-ms=2.5
{"n": 100, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=14.34,16.50,15.74 date=2026-12-02T12:03:12Z median-ms=3.8
{"n": 97, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "main\nworker\n"}
*/
