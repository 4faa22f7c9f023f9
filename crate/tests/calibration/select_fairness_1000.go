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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.44,1.68,2.58+1.31,1.99,2.88 date=2026-12-02T12:58:35Z+2026-12-02T12:55:21Z median-ms=3.7+4.2
{"n": 400, "exit": 0, "stderr": null, "stdout": "true true\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.44,1.68,2.58+1.31,1.99,2.88 date=2026-12-02T12:58:35Z+2026-12-02T12:55:21Z median-ms=4.0+4.6
{"n": 400, "exit": 0, "stderr": null, "stdout": "true true\n"}
*/
