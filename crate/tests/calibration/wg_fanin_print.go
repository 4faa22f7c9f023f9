// Four workers each print their number, then main prints "done": the order.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println(i)
		}()
	}
	wg.Wait()
	fmt.Println("done")
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.75,15.95,15.60 date=2026-12-02T12:04:03Z median-ms=2.8
{"n": 100, "exit": 0, "stderr": null, "stdout": "4\n1\n2\n3\ndone\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.75,15.95,15.60 date=2026-12-02T12:04:03Z median-ms=4.1
{"n": 89, "exit": 0, "stderr": null, "stdout": "4\n1\n2\n3\ndone\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "1\n2\n3\n4\ndone\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "1\n4\n2\n3\ndone\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "1\n2\n4\n3\ndone\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "4\n2\n3\n1\ndone\n"}
*/
