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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=0.95,1.66,2.64+0.91,2.01,2.92 date=2026-12-02T12:57:35Z+2026-12-02T12:54:47Z median-ms=2.2+2.8
{"n": 400, "exit": 0, "stderr": null, "stdout": "sent\nreceived\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=0.95,1.66,2.64+0.91,2.01,2.92 date=2026-12-02T12:57:35Z+2026-12-02T12:54:47Z median-ms=2.3+3.1
{"n": 400, "exit": 0, "stderr": null, "stdout": "sent\nreceived\n"}
*/
