// The unbuffered form (Go's TestRaceChanReadWriteSync): a partner is ready on
// each channel, but the goroutine reading x (to send it on c1) and main writing
// x (receiving from c2) never communicate with each other: a race.
package main

import "fmt"

func main() {
	done := make(chan bool)
	c1 := make(chan int)
	c2 := make(chan int)
	go func() {
		<-c1
		done <- true
	}()
	go func() {
		c2 <- 10
	}()
	x := 0
	go func() {
		c1 <- x
		done <- true
	}()
	x = <-c2
	<-done
	<-done
	fmt.Println(x)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main.func3 main.go:21"], ["write", "main.main main.go:24"]]]
stdout:
10
*/
