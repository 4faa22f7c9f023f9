// The value sent is read before the send; the variable received into is written
// after the receive (Go's TestRaceChanReadWriteAsync). The send on c1 and the
// receive on c2 are different channels: the read of x and the write of x race.
package main

import "fmt"

func main() {
	done := make(chan bool)
	c1 := make(chan int, 10)
	c2 := make(chan int, 10)
	c2 <- 10
	x := 0
	go func() {
		c1 <- x
		done <- true
	}()
	x = <-c2
	<-done
	fmt.Println(x, len(c1))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main.func1 main.go:15"], ["write", "main.main main.go:18"]]]
stdout:
10 1
*/
