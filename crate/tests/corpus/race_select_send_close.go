// A close racing a send inside select (Go's TestRaceChanSendSelectClose): the
// select's send case reads the channel, close writes it, nothing orders them.
package main

import "fmt"

func main() {
	compl := make(chan bool, 2)
	c := make(chan int, 1)
	c1 := make(chan int)
	go func() {
		defer func() {
			recover()
			compl <- true
		}()
		select {
		case c <- 1:
		case <-c1:
		}
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
race-reports: [[["read", "runtime.chansend runtime/chan.go:176", "main.main.func1 main.go:17"], ["write", "runtime.closechan runtime/chan.go:414", "main.main.func2 main.go:22"]]]
stdout:
done
*/
