// main prints and returns right after starting a goroutine: does the
// goroutine's line ever appear?
package main

import "fmt"

func main() {
	go fmt.Println("worker")
	fmt.Println("main")
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.42,16.67,15.76 date=2026-12-02T12:02:30Z median-ms=3.0
{"n": 100, "exit": 0, "stderr": null, "stdout": "main\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.42,16.67,15.76 date=2026-12-02T12:02:30Z median-ms=3.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "main\n"}
*/
