// A send racing a close of the same channel (Go's TestRaceChanSendClose): the
// race detector treats close as a write of the channel and send as a read, so
// this races whichever comes first. A send after the close panics; it is recovered.
package main

import "fmt"

func main() {
	compl := make(chan bool, 2)
	c := make(chan int, 1)
	go func() {
		defer func() {
			recover()
			compl <- true
		}()
		c <- 1
	}()
	go func() {
		close(c)
		compl <- true
	}()
	<-compl
	<-compl
	fmt.Println("done")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.chansend runtime/chan.go:176", "main.main.func1 main.go:16"], ["write", "runtime.closechan runtime/chan.go:414", "main.main.func2 main.go:19"]]]
stdout:
done
*/
