// main prints and returns right after starting a goroutine: does the
// goroutine's line ever appear?
package main

import "fmt"

func main() {
	go fmt.Println("worker")
	fmt.Println("main")
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.15,1.66,2.62+1.32,2.06,2.92 date=2026-12-02T12:57:53Z+2026-12-02T12:54:57Z median-ms=2.2+3.4
{"n": 400, "exit": 0, "stderr": null, "stdout": "main\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.15,1.66,2.62+1.32,2.06,2.92 date=2026-12-02T12:57:53Z+2026-12-02T12:54:57Z median-ms=2.1+3.7
{"n": 394, "exit": 0, "stderr": null, "stdout": "main\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "main\nworker\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker\nmain\n"}
*/
