// Reverse order on an unbuffered channel (Go's TestNoRaceChanSyncRev): the
// receive happens before the send completes, so main's write before its receive
// happens before the goroutine's write after its send: no race.
package main

import "fmt"

func main() {
	v := 0
	c := make(chan int)
	done := make(chan bool)
	go func() {
		c <- 0
		v = 2
		done <- true
	}()
	v = 1
	<-c
	<-done
	fmt.Println(v)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
2
*/
