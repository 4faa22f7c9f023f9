// main prints and returns right after starting a goroutine: does the
// goroutine's line ever appear?
package main

import "fmt"

func main() {
	go fmt.Println("worker")
	fmt.Println("main")
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=18.89,15.57,12.02 date=2026-12-02T10:31:31Z median-ms=3.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "main\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=18.89,15.57,12.02 date=2026-12-02T10:31:31Z median-ms=3.5
{"n": 98, "exit": 0, "stderr": null, "stdout": "main\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "main\nworker\n"}
*/
