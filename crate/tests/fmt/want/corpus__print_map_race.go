// Printing a map iterates it: fmt.Println(m) reads every entry, racing a
// goroutine's write (the race is reported on every run). The sleep keeps the two
// apart in time, so the runtime's concurrent-access check never fires; it orders
// nothing for the race detector.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{1: 1, 2: 2}
	done := make(chan bool)
	go func() {
		time.Sleep(50 * time.Millisecond)
		m[3] = 3
		done <- true
	}()
	fmt.Println(m)
	<-done
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
map[1:1 2:2]
3
*/
