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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=17.01,15.84,12.42 date=2026-12-02T10:32:53Z median-ms=3.5
{"n": 50, "exit": 0, "stderr": null, "stdout": "a\n"}
{"n": 50, "exit": 0, "stderr": null, "stdout": "b\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=17.01,15.84,12.42 date=2026-12-02T10:32:53Z median-ms=4.0
{"n": 55, "exit": 0, "stderr": null, "stdout": "b\n"}
{"n": 45, "exit": 0, "stderr": null, "stdout": "a\n"}
*/
