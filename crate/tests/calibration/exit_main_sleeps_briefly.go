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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=18.76,15.71,12.12 date=2026-12-02T10:31:47Z median-ms=4.9
{"n": 100, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=18.76,15.71,12.12 date=2026-12-02T10:31:47Z median-ms=4.8
{"n": 100, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
*/
