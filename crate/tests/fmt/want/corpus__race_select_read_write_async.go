// The select form (Go's TestRaceSelectReadWriteAsync): the goroutine's select
// reads x to send it on c1, main's select writes x receiving from c2; the c3
// cases never fire (both sides only send on it): a race.
package main

import "fmt"

func main() {
	done := make(chan bool)
	x := 0
	c1 := make(chan int, 10)
	c2 := make(chan int, 10)
	c3 := make(chan int)
	c2 <- 1
	go func() {
		select {
		case c1 <- x:
		case c3 <- 1:
		}
		done <- true
	}()
	select {
	case x = <-c2:
	case c3 <- 1:
	}
	<-done
	fmt.Println(x)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main.func1 main.go:17"], ["write", "main.main main.go:23"]]]
stdout:
1
*/
