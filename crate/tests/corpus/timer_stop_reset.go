// Timer.Stop and Timer.Reset as Go 1.23+ define them: Stop reports whether
// it stopped the timer (a fired value nobody received is drained, so Stop
// still reports true and t.C stays empty); Stop before firing keeps an
// AfterFunc's f from running; Reset re-arms a stopped or expired timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "again:", t.Stop())

	ran := 0
	f := time.AfterFunc(10*time.Millisecond, func() { ran++ })
	fmt.Println("stop afterfunc:", f.Stop())
	time.Sleep(30 * time.Millisecond)
	fmt.Println("ran:", ran)

	done := make(chan string, 1)
	g := time.AfterFunc(time.Hour, func() { done <- "reset fired" })
	fmt.Println("reset pending:", g.Reset(5*time.Millisecond))
	fmt.Println(<-done)
	fmt.Println("reset expired:", g.Reset(5*time.Millisecond), <-done)

	c := time.NewTimer(5 * time.Millisecond)
	<-c.C
	fmt.Println("stop received:", c.Stop())
	fmt.Println("reset received:", c.Reset(5*time.Millisecond))
	<-c.C
	fmt.Println("received again")

	d := time.NewTimer(5 * time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("stop unreceived:", d.Stop())
	select {
	case <-d.C:
		fmt.Println("stale value")
	default:
		fmt.Println("drained")
	}
	start := time.Now()
	e := time.NewTimer(time.Second)
	e.Reset(10 * time.Millisecond)
	<-e.C
	fmt.Println("reset shortened:", time.Since(start) < time.Second)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
stop pending: true again: false
stop afterfunc: true
ran: 0
reset pending: true
reset fired
reset expired: false reset fired
stop received: false
reset received: false
received again
stop unreceived: true
drained
reset shortened: true
*/
