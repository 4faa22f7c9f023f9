// f schedules itself again with AfterFunc(0, f) until a counter runs out
// (Go's TestNoRaceAfterFunc1): each run happens before the next; no race.
package main

import (
	"fmt"
	"time"
)

func main() {
	i := 3
	runs := 0
	c := make(chan bool)
	var f func()
	f = func() {
		runs++
		i--
		if i >= 0 {
			time.AfterFunc(0, f)
		} else {
			c <- true
		}
	}
	time.AfterFunc(0, f)
	<-c
	fmt.Println(runs, i)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
4 -1
*/
