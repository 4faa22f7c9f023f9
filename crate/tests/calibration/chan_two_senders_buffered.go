// Two goroutines send their name on a channel of capacity 2: arrival order.
package main

import "fmt"

func main() {
	c := make(chan string, 2)
	go func() { c <- "a" }()
	go func() { c <- "b" }()
	fmt.Println(<-c, <-c)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=18.65,15.29,11.85 date=2026-12-02T10:31:10Z median-ms=3.2
{"n": 100, "exit": 0, "stderr": null, "stdout": "b a\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=18.65,15.29,11.85 date=2026-12-02T10:31:10Z median-ms=3.4
{"n": 100, "exit": 0, "stderr": null, "stdout": "b a\n"}
*/
