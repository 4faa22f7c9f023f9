// A select send with a default case still reads the channel when the case is
// polled; a close in another goroutine writes it: a race.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	done := make(chan bool)
	go func() {
		close(c)
		done <- true
	}()
	func() {
		defer func() { recover() }()
		select {
		case c <- 1:
		default:
		}
	}()
	<-done
	fmt.Println("done")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.chansend runtime/chan.go:176", "main.main.func2 main.go:17", "main.main main.go:20"], ["write", "runtime.closechan runtime/chan.go:414", "main.main.func1 main.go:11"]]]
stdout:
done
*/
