// Two goroutines send their name on one unbuffered channel: arrival order.
package main

import "fmt"

func main() {
	c := make(chan string)
	go func() { c <- "a" }()
	go func() { c <- "b" }()
	fmt.Println(<-c, <-c)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=19.08,15.43,11.92 date=2026-12-02T10:31:15Z median-ms=3.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "b a\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=19.08,15.43,11.92 date=2026-12-02T10:31:15Z median-ms=3.5
{"n": 100, "exit": 0, "stderr": null, "stdout": "b a\n"}
*/
