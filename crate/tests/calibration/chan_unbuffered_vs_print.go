// A producer sends 1..3 on an unbuffered channel and prints each send;
// main prints each receive: how the two streams of lines interleave.
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
		for i := 1; i <= 3; i++ {
			c <- i
			fmt.Println("sent", i)
		}
		close(c)
	}()
	for v := range c {
		fmt.Println("got", v)
	}
	wg.Wait()
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.15,1.66,2.62+1.32,2.06,2.92 date=2026-12-02T12:57:51Z+2026-12-02T12:54:56Z median-ms=2.5+3.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "sent 1\ngot 1\ngot 2\nsent 2\nsent 3\ngot 3\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.15,1.66,2.62+1.32,2.06,2.92 date=2026-12-02T12:57:51Z+2026-12-02T12:54:56Z median-ms=2.6+3.3
{"n": 399, "exit": 0, "stderr": null, "stdout": "sent 1\ngot 1\ngot 2\nsent 2\nsent 3\ngot 3\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "sent 1\ngot 1\nsent 2\ngot 2\ngot 3\nsent 3\n"}
*/
