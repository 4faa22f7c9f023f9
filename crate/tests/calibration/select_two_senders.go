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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.48,1.68,2.58+1.31,1.99,2.88 date=2026-12-02T12:58:40Z+2026-12-02T12:55:25Z median-ms=2.5+12.4
{"n": 400, "exit": 0, "stderr": null, "stdout": "b\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.48,1.68,2.58+1.31,1.99,2.88 date=2026-12-02T12:58:40Z+2026-12-02T12:55:25Z median-ms=2.6+9.7
{"n": 384, "exit": 0, "stderr": null, "stdout": "b\n"}
{"n": 16, "exit": 0, "stderr": null, "stdout": "a\n"}
*/
