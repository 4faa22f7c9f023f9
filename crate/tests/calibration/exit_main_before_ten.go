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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.42,16.67,15.76 date=2026-12-02T12:02:32Z median-ms=2.9
{"n": 100, "exit": 0, "stderr": null, "stdout": "main\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.42,16.67,15.76 date=2026-12-02T12:02:32Z median-ms=3.2
{"n": 74, "exit": 0, "stderr": null, "stdout": "main\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 0\nworker 3\nworker 2\nworker 4\nworker 5\nmain\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "worker 0\nmain\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 0\nworker 3\nworker 2\nworker 4\nmain\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "worker 3\nworker 0\nworker 1\nworker 2\nworker 6\nworker 4\nworker 5\nworker 7\nworker 8\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 1\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 3\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 1\nworker 2\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 1\nworker 2\nworker 3\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 2\nworker 1\nworker 3\nworker 4\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 2\nworker 1\nworker 3\nworker 6\nworker 4\nworker 5\nworker 7\nworker 8\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 0\nworker 3\nworker 2\nworker 4\nworker 6\nworker 5\nworker 7\nworker 8\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 2\nworker 0\nworker 1\nworker 4\nworker 3\nworker 5\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 3\nworker 0\nworker 1\nworker 2\nworker 6\nworker 4\nworker 5\nworker 7\nworker 8\nworker 9\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 4\nworker 0\nworker 1\nworker 2\nworker 3\nworker 6\nworker 5\nworker 7\nworker 8\nmain\n"}
*/
