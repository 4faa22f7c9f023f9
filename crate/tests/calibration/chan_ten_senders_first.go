// Ten goroutines send their number on one unbuffered channel: who is first,
// who is last?
package main

import "fmt"

func main() {
	c := make(chan int)
	for i := 0; i < 10; i++ {
		go func() { c <- i }()
	}
	first := <-c
	last := first
	for i := 1; i < 10; i++ {
		last = <-c
	}
	fmt.Println("first", first, "last", last)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.03,1.66,2.64+0.91,2.01,2.92 date=2026-12-02T12:57:39Z+2026-12-02T12:54:49Z median-ms=2.4+2.7
{"n": 400, "exit": 0, "stderr": null, "stdout": "first 9 last 8\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.03,1.66,2.64+0.91,2.01,2.92 date=2026-12-02T12:57:39Z+2026-12-02T12:54:49Z median-ms=2.3+2.8
{"n": 189, "exit": 0, "stderr": null, "stdout": "first 9 last 8\n"}
{"n": 131, "exit": 0, "stderr": null, "stdout": "first 0 last 9\n"}
{"n": 35, "exit": 0, "stderr": null, "stdout": "first 1 last 9\n"}
{"n": 7, "exit": 0, "stderr": null, "stdout": "first 9 last 5\n"}
{"n": 7, "exit": 0, "stderr": null, "stdout": "first 9 last 7\n"}
{"n": 6, "exit": 0, "stderr": null, "stdout": "first 9 last 2\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "first 9 last 4\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "first 9 last 6\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "first 0 last 8\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "first 9 last 1\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 0 last 3\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 0 last 4\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 0 last 5\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 0 last 7\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 1 last 4\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 1 last 5\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 2 last 0\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 2 last 1\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 3 last 2\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 3 last 9\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 4 last 3\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 9 last 3\n"}
*/
