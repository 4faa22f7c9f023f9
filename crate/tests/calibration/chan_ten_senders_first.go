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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.35,16.83,15.80 date=2026-12-02T12:02:17Z median-ms=2.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "first 9 last 8\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.35,16.83,15.80 date=2026-12-02T12:02:17Z median-ms=3.6
{"n": 79, "exit": 0, "stderr": null, "stdout": "first 9 last 8\n"}
{"n": 8, "exit": 0, "stderr": null, "stdout": "first 0 last 9\n"}
{"n": 8, "exit": 0, "stderr": null, "stdout": "first 1 last 9\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "first 2 last 9\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 3 last 9\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "first 9 last 0\n"}
*/
