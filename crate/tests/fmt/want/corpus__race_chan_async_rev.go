// Reverse order on a buffered channel (Go's TestRaceChanAsyncRev): the goroutine
// writes v after its send, main writes v before its receive. A buffered send
// does not wait for the receive, so nothing orders the two writes: a race.
package main

import "fmt"

func main() {
	v := 0
	c := make(chan int, 10)
	done := make(chan bool)
	go func() {
		c <- 0
		v = 1
		done <- true
	}()
	v = 2
	<-c
	<-done
	fmt.Println(v > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["write", "main.main main.go:17"], ["write", "main.main.func1 main.go:14"]]]
stdout:
true
*/
