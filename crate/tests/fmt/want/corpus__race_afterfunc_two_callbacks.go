// Two AfterFunc callbacks run in two goroutines that nothing orders
// (Go's TestRaceAfterFunc3): their writes of x race.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan bool, 2)
	x := 0
	time.AfterFunc(10*time.Millisecond, func() {
		x = 1
		c <- true
	})
	time.AfterFunc(20*time.Millisecond, func() {
		x = 2
		c <- true
	})
	<-c
	<-c
	fmt.Println(x > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
true
*/
