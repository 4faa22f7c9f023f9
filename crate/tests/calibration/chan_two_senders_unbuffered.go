// Two goroutines send their name on one unbuffered channel: arrival order.
package main

import "fmt"

func main() {
	c := make(chan string)
	go func() { c <- "a" }()
	go func() { c <- "b" }()
	fmt.Println(<-c, <-c)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.46,16.74,15.78 date=2026-12-02T12:02:24Z median-ms=2.8
{"n": 100, "exit": 0, "stderr": null, "stdout": "b a\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.46,16.74,15.78 date=2026-12-02T12:02:24Z median-ms=3.4
{"n": 100, "exit": 0, "stderr": null, "stdout": "b a\n"}
*/
