// Adds inside the goroutines, but each Add happens before Wait through a channel
// (Go's TestNoRaceWaitGroupConcurrentAdd): no race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const P = 4
	waiting := make(chan bool, P)
	var wg sync.WaitGroup
	var data [P]int
	for p := 0; p < P; p++ {
		go func() {
			wg.Add(1)
			waiting <- true
			data[p] = p
			wg.Done()
		}()
	}
	for p := 0; p < P; p++ {
		<-waiting
	}
	wg.Wait()
	fmt.Println(data)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[0 1 2 3]
*/
