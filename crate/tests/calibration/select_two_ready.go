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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=14.37,16.54,15.75 date=2026-12-02T12:03:08Z median-ms=3.0
{"n": 52, "exit": 0, "stderr": null, "stdout": "a\n"}
{"n": 48, "exit": 0, "stderr": null, "stdout": "b\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=14.37,16.54,15.75 date=2026-12-02T12:03:08Z median-ms=3.6
{"n": 52, "exit": 0, "stderr": null, "stdout": "a\n"}
{"n": 48, "exit": 0, "stderr": null, "stdout": "b\n"}
*/
