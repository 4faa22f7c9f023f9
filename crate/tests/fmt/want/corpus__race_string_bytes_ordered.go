// The fixed variant: the write of b happens before the conversion: no race.
package main

import "fmt"

func main() {
	c := make(chan string)
	b := make([]byte, 3)
	ready := make(chan bool)
	go func() {
		<-ready
		c <- string(b)
	}()
	b[0], b[1], b[2] = 'a', 'b', 'c'
	ready <- true
	fmt.Println(<-c)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
abc
*/
