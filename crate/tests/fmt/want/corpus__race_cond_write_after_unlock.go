// Go's TestRaceCond: main writes x after leaving the locked section, the
// goroutine writes x inside a later locked section; main's write is not inside
// any unlock the goroutine's Lock acquires: a race. (Go's test separates the
// two with sleeps; here a send that main makes before its write does it.)
package main

import (
	"fmt"
	"sync"
)

func main() {
	done := make(chan bool)
	proceed := make(chan bool)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	x := 0
	condition := 0
	go func() {
		x = 1
		mu.Lock()
		condition = 1
		cond.Signal()
		mu.Unlock()
		<-proceed
		mu.Lock()
		x = 3
		mu.Unlock()
		done <- true
	}()
	mu.Lock()
	for condition != 1 {
		cond.Wait()
	}
	mu.Unlock()
	proceed <- true
	x = 2
	<-done
	fmt.Println(x > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
true
*/
