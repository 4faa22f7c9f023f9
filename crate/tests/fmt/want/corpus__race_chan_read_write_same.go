// The same shape on one channel (Go's TestNoRaceChanReadWriteAsync): x is read
// for the send, and written by the receive of that very value; the send happens
// before the receive completes: no race.
package main

import "fmt"

func main() {
	done := make(chan bool)
	c1 := make(chan int, 10)
	x := 0
	go func() {
		c1 <- x
		done <- true
	}()
	x = <-c1
	<-done
	fmt.Println(x)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
0
*/
