// Two goroutines send their name on a channel of capacity 2: arrival order.
package main

import "fmt"

func main() {
	c := make(chan string, 2)
	go func() { c <- "a" }()
	go func() { c <- "b" }()
	fmt.Println(<-c, <-c)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.19,1.69,2.64+0.99,2.01,2.91 date=2026-12-02T12:57:45Z+2026-12-02T12:54:52Z median-ms=2.9+3.2
{"n": 400, "exit": 0, "stderr": null, "stdout": "b a\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.19,1.69,2.64+0.99,2.01,2.91 date=2026-12-02T12:57:45Z+2026-12-02T12:54:52Z median-ms=3.0+3.3
{"n": 395, "exit": 0, "stderr": null, "stdout": "b a\n"}
{"n": 5, "exit": 0, "stderr": null, "stdout": "a b\n"}
*/
