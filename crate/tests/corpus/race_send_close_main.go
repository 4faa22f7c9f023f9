// main sends while a goroutine closes (Go's TestRaceChanCloseSend): the send
// (a read of the channel) and the close (a write) are unordered, a race.
package main

import "fmt"

func main() {
	compl := make(chan bool, 1)
	c := make(chan int, 10)
	go func() {
		close(c)
		compl <- true
	}()
	func() {
		defer func() { recover() }()
		c <- 0
	}()
	<-compl
	fmt.Println("done")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.chansend runtime/chan.go:176", "main.main.func2 main.go:16", "main.main main.go:17"], ["write", "runtime.closechan runtime/chan.go:414", "main.main.func1 main.go:11"]]]
stdout:
done
*/
