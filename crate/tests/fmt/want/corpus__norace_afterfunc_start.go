// time.AfterFunc runs f in its own goroutine once the timer fires; starting the
// timer happens before f runs (Go's TestNoRaceAfterFunc): no race.
package main

import (
	"fmt"
	"time"
)

func main() {
	v := 0
	c := make(chan int)
	f := func() {
		v++
		c <- 0
	}
	v = 2
	time.AfterFunc(time.Millisecond, f)
	<-c
	v *= 10
	fmt.Println(v)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
30
*/
