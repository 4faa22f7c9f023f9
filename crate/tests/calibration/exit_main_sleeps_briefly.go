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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.22,1.67,2.62+1.21,2.02,2.91 date=2026-12-02T12:57:59Z+2026-12-02T12:55:01Z median-ms=3.7+4.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.22,1.67,2.62+1.21,2.02,2.91 date=2026-12-02T12:57:59Z+2026-12-02T12:55:01Z median-ms=3.8+4.6
{"n": 400, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
*/
