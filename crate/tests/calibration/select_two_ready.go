// Both channels hold a value before the select: which case runs? (Go picks
// uniformly at random among ready cases.)
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	b <- 2
	select {
	case <-a:
		fmt.Println("a")
	case <-b:
		fmt.Println("b")
	}
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.48,1.68,2.58+1.31,1.99,2.88 date=2026-12-02T12:58:38Z+2026-12-02T12:55:23Z median-ms=3.0+4.2
{"n": 203, "exit": 0, "stderr": null, "stdout": "b\n"}
{"n": 197, "exit": 0, "stderr": null, "stdout": "a\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.48,1.68,2.58+1.31,1.99,2.88 date=2026-12-02T12:58:38Z+2026-12-02T12:55:23Z median-ms=3.2+4.0
{"n": 205, "exit": 0, "stderr": null, "stdout": "b\n"}
{"n": 195, "exit": 0, "stderr": null, "stdout": "a\n"}
*/
