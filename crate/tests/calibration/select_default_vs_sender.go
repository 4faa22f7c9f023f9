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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.44,1.68,2.58+1.16,1.97,2.88 date=2026-12-02T12:58:33Z+2026-12-02T12:55:19Z median-ms=2.4+8.6
{"n": 400, "exit": 0, "stderr": null, "stdout": "default\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.44,1.68,2.58+1.16,1.97,2.88 date=2026-12-02T12:58:33Z+2026-12-02T12:55:19Z median-ms=2.6+6.5
{"n": 400, "exit": 0, "stderr": null, "stdout": "default\n"}
*/
