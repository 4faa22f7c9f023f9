// main sleeps 1 ms before returning: long enough for the goroutine to print?
package main

import (
	"fmt"
	"time"
)

func main() {
	go fmt.Println("worker")
	time.Sleep(time.Millisecond)
	fmt.Println("main")
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.55,16.64,15.76 date=2026-12-02T12:02:36Z median-ms=4.4
{"n": 100, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.55,16.64,15.76 date=2026-12-02T12:02:36Z median-ms=4.7
{"n": 100, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
*/
