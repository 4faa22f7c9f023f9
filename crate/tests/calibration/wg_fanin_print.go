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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=2.63,1.93,2.59+1.44,1.94,2.82 date=2026-12-02T12:59:52Z+2026-12-02T12:56:07Z median-ms=5.5+6.0
{"n": 400, "exit": 0, "stderr": null, "stdout": "4\n1\n2\n3\ndone\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=2.63,1.93,2.59+1.44,1.94,2.82 date=2026-12-02T12:59:52Z+2026-12-02T12:56:07Z median-ms=5.4+5.3
{"n": 238, "exit": 0, "stderr": null, "stdout": "4\n1\n2\n3\ndone\n"}
{"n": 47, "exit": 0, "stderr": null, "stdout": "4\n2\n3\n1\ndone\n"}
{"n": 45, "exit": 0, "stderr": null, "stdout": "1\n4\n2\n3\ndone\n"}
{"n": 44, "exit": 0, "stderr": null, "stdout": "1\n2\n3\n4\ndone\n"}
{"n": 10, "exit": 0, "stderr": null, "stdout": "1\n4\n3\n2\ndone\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "4\n2\n1\n3\ndone\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "3\n4\n2\n1\ndone\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "4\n1\n3\n2\ndone\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "2\n1\n3\n4\ndone\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "1\n2\n4\n3\ndone\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "2\n3\n1\n4\ndone\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "2\n4\n3\n1\ndone\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "4\n3\n2\n1\ndone\n"}
*/
