// Unbuffered hand-off: the sender prints "sent" after its send, main prints
// "received" after its receive. Which line comes first?
package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int)
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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.25,1.69,2.64+0.99,2.01,2.91 date=2026-12-02T12:57:50Z+2026-12-02T12:54:55Z median-ms=1.9+3.4
{"n": 400, "exit": 0, "stderr": null, "stdout": "sent\nreceived\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.25,1.69,2.64+0.99,2.01,2.91 date=2026-12-02T12:57:50Z+2026-12-02T12:54:55Z median-ms=2.1+3.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "sent\nreceived\n"}
*/
