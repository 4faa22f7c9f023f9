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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.55,16.64,15.76 date=2026-12-02T12:02:34Z median-ms=5.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "main\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.55,16.64,15.76 date=2026-12-02T12:02:34Z median-ms=4.1
{"n": 100, "exit": 0, "stderr": null, "stdout": "main\n"}
*/
