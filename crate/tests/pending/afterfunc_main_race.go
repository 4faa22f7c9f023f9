// The callback's goroutine and main: main writes v after starting the timer
// and before any synchronisation, the callback writes it too: a race.
package main

import (
	"fmt"
	"time"
)

func main() {
	v := 0
	c := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() {
		v = 1
		c <- true
	})
	v = 2
	<-c
	fmt.Println(v > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
true
*/
