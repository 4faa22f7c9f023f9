// An unbuffered send blocked until the channel is closed (Go's
// TestRaceChanSyncCloseSend): the close wakes the sender with a panic but does
// not order the send's read of the channel before the close's write: a race.
package main

import "fmt"

func main() {
	c := make(chan int)
	closed := make(chan bool)
	go func() {
		close(c)
		closed <- true
	}()
	r := func() (r any) {
		defer func() { r = recover() }()
		c <- 0
		return nil
	}()
	<-closed
	fmt.Println(r)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.chansend runtime/chan.go:176", "main.main.func2 main.go:17", "main.main main.go:19"], ["write", "runtime.closechan runtime/chan.go:414", "main.main.func1 main.go:12"]]]
stdout:
send on closed channel
*/
