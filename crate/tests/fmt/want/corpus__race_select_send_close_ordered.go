// The fixed variant: the closer waits until the select has sent: no race.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c1 := make(chan int)
	sent := make(chan bool)
	go func() {
		select {
		case c <- 1:
		case <-c1:
		}
		sent <- true
	}()
	<-sent
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1 true
0 false
*/
