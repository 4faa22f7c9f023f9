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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=13.32,16.77,15.78 date=2026-12-02T12:02:20Z median-ms=2.7
{"n": 100, "exit": 0, "stderr": null, "stdout": "-5 17 12\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=13.32,16.77,15.78 date=2026-12-02T12:02:20Z median-ms=3.1
{"n": 100, "exit": 0, "stderr": null, "stdout": "-5 17 12\n"}
*/
