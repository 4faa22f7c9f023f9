// The fixed variant: the send completes and is acknowledged (a receive that
// happens after it) before the channel is closed: no race.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	sent := make(chan bool)
	go func() {
		c <- 1
		sent <- true
	}()
	<-sent
	close(c)
	for v := range c {
		fmt.Println(v)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1
*/
