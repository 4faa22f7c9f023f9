// Buffered hand-off (capacity 1): the sender does not wait for main. Which
// line comes first, "sent" or "received"?
package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int, 1)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c <- 1
		fmt.Println("sent")
	}()
	<-c
	fmt.Println("received")
	wg.Wait()
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.35,16.83,15.80 date=2026-12-02T12:02:13Z median-ms=2.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "sent\nreceived\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.35,16.83,15.80 date=2026-12-02T12:02:13Z median-ms=3.2
{"n": 100, "exit": 0, "stderr": null, "stdout": "sent\nreceived\n"}
*/
