// A timer's Stop and Reset (Go's TestNoRaceAfterFuncReset): a stopped timer's
// f never runs; Reset starts it again, and what main did before Reset happens
// before f runs: no race.
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
	t := time.AfterFunc(time.Hour, f)
	fmt.Println(t.Stop())
	fmt.Println(t.Stop())
	v = 2
	fmt.Println(t.Reset(time.Millisecond))
	<-c
	v *= 10
	fmt.Println(v)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true
false
false
30
*/
