// Ten goroutines each print their number; main returns at once: how many
// lines make it out before the process exits?
package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		go fmt.Println("worker", i)
	}
	fmt.Println("main")
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=18.58,15.56,12.04 date=2026-12-02T10:31:36Z median-ms=3.6
{"n": 100, "exit": 0, "stderr": null, "stdout": "main\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=18.58,15.56,12.04 date=2026-12-02T10:31:36Z median-ms=3.8
{"n": 98, "exit": 0, "stderr": null, "stdout": "main\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "main\nworker 9\nworker 0\nworker 1\nworker 2\nworker 3\nworker 4\nworker 5\nworker 6\nworker 7\nworker 8\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 3\nworker 0\nworker 1\nworker 2\nworker 6\nworker 4\nworker 5\nworker 7\nworker 8\nworker 9\nmain\n"}
*/
