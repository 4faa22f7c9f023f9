// 1000 selects over two always-ready channels: does each case win at least
// 400 times? (Go's random choice makes both near 500.)
package main

import "fmt"

func main() {
	a := make(chan int, 1000)
	b := make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- i
		b <- i
	}
	wa, wb := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case <-a:
			wa++
		case <-b:
			wb++
		}
	}
	fmt.Println(wa >= 400, wb >= 400)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=14.37,16.54,15.75 date=2026-12-02T12:03:05Z median-ms=3.2
{"n": 100, "exit": 0, "stderr": null, "stdout": "true true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=14.37,16.54,15.75 date=2026-12-02T12:03:05Z median-ms=3.5
{"n": 100, "exit": 0, "stderr": null, "stdout": "true true\n"}
*/
