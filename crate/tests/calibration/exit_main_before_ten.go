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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.15,1.66,2.62+1.32,2.06,2.92 date=2026-12-02T12:57:55Z+2026-12-02T12:54:58Z median-ms=2.4+3.1
{"n": 399, "exit": 0, "stderr": null, "stdout": "main\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 1\nworker 2\nworker 3\nworker 4\nmain\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.15,1.66,2.62+1.32,2.06,2.92 date=2026-12-02T12:57:55Z+2026-12-02T12:54:58Z median-ms=2.4+3.3
{"n": 237, "exit": 0, "stderr": null, "stdout": "main\n"}
{"n": 60, "exit": 0, "stderr": null, "stdout": "worker 0\nmain\n"}
{"n": 12, "exit": 0, "stderr": null, "stdout": "worker 1\nmain\n"}
{"n": 10, "exit": 0, "stderr": null, "stdout": "main\nworker 3\n"}
{"n": 6, "exit": 0, "stderr": null, "stdout": "worker 8\nmain\n"}
{"n": 5, "exit": 0, "stderr": null, "stdout": "worker 8\nworker 0\nmain\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 0\nworker 3\nworker 2\nworker 4\nmain\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "worker 9\nworker 1\nworker 2\nworker 3\nworker 4\nworker 5\nworker 6\nworker 7\nworker 8\nworker 0\nmain\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "main\nworker 7\nworker 0\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "main\nworker 0\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 0\nmain\nworker 9\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 0\nmain\nworker 9\nworker 1\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 2\nworker 1\nworker 5\nworker 3\nworker 4\nworker 7\nworker 6\nworker 8\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 4\nworker 1\nworker 2\nworker 3\nworker 6\nworker 5\nworker 7\nworker 8\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 9\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 0\nworker 5\nworker 2\nworker 3\nworker 4\nworker 7\nworker 6\nworker 8\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 2\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 3\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 7\nworker 0\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 7\nworker 8\nworker 0\nmain\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "worker 9\nworker 2\nworker 3\nworker 4\nworker 5\nworker 6\nworker 7\nworker 8\nworker 0\nworker 1\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "main\nworker 0\nworker 1\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "main\nworker 1\nworker 0\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "main\nworker 2\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "main\nworker 5\nworker 0\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "main\nworker 6\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "main\nworker 6\nworker 0\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "main\nworker 9\nworker 0\nworker 1\nworker 2\nworker 4\nworker 5\nworker 6\nworker 7\nworker 8\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 1\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 1\nworker 2\nworker 5\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 1\nworker 5\nworker 6\nworker 2\nworker 7\nworker 3\nworker 8\nworker 9\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 1\nworker 9\nmain\nworker 4\nworker 3\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 1\nworker 9\nworker 2\nworker 3\nworker 4\nmain\nworker 7\nworker 6\nworker 8\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 2\nworker 1\nworker 3\nworker 4\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 3\nworker 4\nworker 5\nworker 6\nworker 7\nworker 8\nworker 1\nworker 2\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 3\nworker 4\nworker 9\nworker 5\nworker 2\nworker 6\nworker 1\nworker 7\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 3\nworker 9\nworker 4\nworker 2\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 4\nworker 9\nworker 1\nworker 2\nworker 3\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 9\nmain\nworker 1\nworker 2\nworker 3\nworker 4\nworker 5\nworker 6\nworker 7\nworker 8\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 0\nworker 9\nworker 1\nworker 2\nworker 3\nworker 4\nmain\nworker 5\nworker 6\nworker 7\nworker 8\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nmain\nworker 5\nworker 2\nworker 3\nworker 4\nworker 7\nworker 6\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nmain\nworker 9\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nmain\nworker 9\nworker 2\nworker 3\nworker 4\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nmain\nworker 9\nworker 2\nworker 3\nworker 4\nworker 5\nworker 6\nworker 7\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 0\nworker 5\nworker 9\nworker 3\nmain\nworker 4\nworker 7\nworker 6\nworker 8\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 0\nworker 9\nworker 2\nworker 3\nworker 4\nworker 5\nworker 6\nworker 7\nworker 8\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 9\nworker 2\nmain\nworker 3\nworker 0\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 1\nworker 9\nworker 2\nworker 0\nworker 6\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 2\nworker 0\nworker 1\nmain\nworker 3\nworker 4\nworker 7\nworker 6\nworker 8\nworker 9\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 2\nworker 3\nworker 4\nworker 5\nworker 6\nworker 7\nworker 8\nworker 0\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 3\nworker 0\nworker 4\nworker 5\nworker 9\nmain\nworker 1\nworker 2\nworker 7\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 4\nworker 5\nworker 6\nworker 7\nworker 8\nworker 0\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 6\nworker 0\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 8\nworker 0\nworker 9\nmain\nworker 1\nworker 2\nworker 3\nworker 4\nworker 5\nworker 6\nworker 7\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 9\nworker 0\nmain\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "worker 9\nworker 2\nworker 3\nworker 4\nworker 5\nworker 6\nmain\n"}
*/
