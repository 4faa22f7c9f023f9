// A worker counts to 10 million, main returns after printing: the worker's
// line almost never appears.
package main

import "fmt"

func main() {
	go func() {
		n := 0
		for i := 0; i < 10000000; i++ {
			n += i & 1
		}
		fmt.Println("worker", n)
	}()
	fmt.Println("main")
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.22,1.67,2.62+1.32,2.06,2.92 date=2026-12-02T12:57:57Z+2026-12-02T12:54:59Z median-ms=2.0+2.5
{"n": 400, "exit": 0, "stderr": null, "stdout": "main\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.22,1.67,2.62+1.32,2.06,2.92 date=2026-12-02T12:57:57Z+2026-12-02T12:54:59Z median-ms=2.3+2.8
{"n": 400, "exit": 0, "stderr": null, "stdout": "main\n"}
*/
