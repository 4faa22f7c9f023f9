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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.03,1.66,2.64+0.91,2.01,2.92 date=2026-12-02T12:57:37Z+2026-12-02T12:54:48Z median-ms=2.7+3.0
{"n": 400, "exit": 0, "stderr": null, "stdout": "sent 1\nsent 2\nsent 3\ngot 1\ngot 2\ngot 3\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.03,1.66,2.64+0.91,2.01,2.92 date=2026-12-02T12:57:37Z+2026-12-02T12:54:48Z median-ms=2.3+3.1
{"n": 396, "exit": 0, "stderr": null, "stdout": "sent 1\nsent 2\nsent 3\ngot 1\ngot 2\ngot 3\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "sent 1\ngot 1\ngot 2\nsent 2\nsent 3\ngot 3\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "sent 1\nsent 2\ngot 1\ngot 2\ngot 3\nsent 3\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "sent 1\nsent 2\ngot 1\nsent 3\ngot 2\ngot 3\n"}
*/
