// Add called inside the goroutine, racing Wait (Go's TestRaceWaitGroupWrongAdd):
// Wait finds the counter at 1 and blocks. The race detector models the first
// Add (counter 0 -> n) as a read of the WaitGroup and a blocking Wait as a write,
// and nothing orders the goroutine's Add before main's Wait: a race.
// (The sleeps only make sure Wait runs while the counter is 1; they order nothing.)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	done := make(chan bool)
	go func() {
		wg.Add(1)
		time.Sleep(200 * time.Millisecond)
		wg.Done()
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	wg.Wait()
	<-done
	fmt.Println("done")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
done
*/
