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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.46,16.74,15.78 date=2026-12-02T12:02:26Z median-ms=2.4
{"n": 100, "exit": 0, "stderr": null, "stdout": "sent\nreceived\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.46,16.74,15.78 date=2026-12-02T12:02:26Z median-ms=3.6
{"n": 100, "exit": 0, "stderr": null, "stdout": "sent\nreceived\n"}
*/
