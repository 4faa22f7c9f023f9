// The Tour of Go's sum example with a buffered channel (capacity 2).
package main

import "fmt"

func sum(s []int, c chan int) {
	sum := 0
	for _, v := range s {
		sum += v
	}
	c <- sum
}

func main() {
	s := []int{7, 2, 8, -9, 4, 0}
	c := make(chan int, 2)
	go sum(s[:len(s)/2], c)
	go sum(s[len(s)/2:], c)
	x, y := <-c, <-c
	fmt.Println(x, y, x+y)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.19,1.69,2.64+0.99,2.01,2.91 date=2026-12-02T12:57:43Z+2026-12-02T12:54:51Z median-ms=2.8+2.7
{"n": 400, "exit": 0, "stderr": null, "stdout": "-5 17 12\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.19,1.69,2.64+0.99,2.01,2.91 date=2026-12-02T12:57:43Z+2026-12-02T12:54:51Z median-ms=3.0+2.9
{"n": 397, "exit": 0, "stderr": null, "stdout": "-5 17 12\n"}
{"n": 3, "exit": 0, "stderr": null, "stdout": "17 -5 12\n"}
*/
