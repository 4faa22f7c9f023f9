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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=18.62,15.10,11.74 date=2026-12-02T10:30:57Z median-ms=3.5
{"n": 100, "exit": 0, "stderr": null, "stdout": "first 9 last 8\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=18.62,15.10,11.74 date=2026-12-02T10:30:57Z median-ms=4.0
{"n": 97, "exit": 0, "stderr": null, "stdout": "first 9 last 8\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "first 0 last 9\n"}
*/
