// Two goroutines each send on their own unbuffered channel; main selects once.
package main

import "fmt"

func main() {
	a := make(chan string)
	b := make(chan string)
	go func() { a <- "a" }()
	go func() { b <- "b" }()
	select {
	case v := <-a:
		fmt.Println(v)
	case v := <-b:
		fmt.Println(v)
	}
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=14.34,16.50,15.74 date=2026-12-02T12:03:10Z median-ms=2.7
{"n": 100, "exit": 0, "stderr": null, "stdout": "b\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=14.34,16.50,15.74 date=2026-12-02T12:03:10Z median-ms=3.2
{"n": 100, "exit": 0, "stderr": null, "stdout": "b\n"}
*/
