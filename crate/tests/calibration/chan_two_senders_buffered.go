// Two goroutines send their name on a channel of capacity 2: arrival order.
package main

import "fmt"

func main() {
	c := make(chan string, 2)
	go func() { c <- "a" }()
	go func() { c <- "b" }()
	fmt.Println(<-c, <-c)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.32,16.77,15.78 date=2026-12-02T12:02:22Z median-ms=2.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "b a\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.32,16.77,15.78 date=2026-12-02T12:02:22Z median-ms=3.2
{"n": 99, "exit": 0, "stderr": null, "stdout": "b a\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "a b\n"}
*/
