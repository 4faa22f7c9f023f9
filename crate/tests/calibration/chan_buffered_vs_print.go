// The same producer with a channel of capacity 3: how the lines interleave
// when the sends need not wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	c := make(chan int, 3)
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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.35,16.83,15.80 date=2026-12-02T12:02:15Z median-ms=2.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "sent 1\nsent 2\nsent 3\ngot 1\ngot 2\ngot 3\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.35,16.83,15.80 date=2026-12-02T12:02:15Z median-ms=3.3
{"n": 99, "exit": 0, "stderr": null, "stdout": "sent 1\nsent 2\nsent 3\ngot 1\ngot 2\ngot 3\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "sent 1\ngot 1\nsent 2\ngot 2\nsent 3\ngot 3\n"}
*/
