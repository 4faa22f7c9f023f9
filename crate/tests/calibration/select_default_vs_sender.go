// A goroutine is started to send; main selects with a default at once: does
// the send get there first?
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() { c <- 1 }()
	select {
	case v := <-c:
		fmt.Println("got", v)
	default:
		fmt.Println("default")
	}
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=14.37,16.54,15.75 date=2026-12-02T12:03:03Z median-ms=2.9
{"n": 100, "exit": 0, "stderr": null, "stdout": "default\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=14.37,16.54,15.75 date=2026-12-02T12:03:03Z median-ms=3.0
{"n": 100, "exit": 0, "stderr": null, "stdout": "default\n"}
*/
