// Reuse of a WaitGroup before a Wait on it has returned (Go's
// TestRaceWaitGroupReuse): a waiter goroutine blocks in Wait (a write of the
// WaitGroup for the race detector); main waits too, then starts a new round
// with Add from 0 (a read). main never synchronised with the waiter: a race.
// (The sleeps make the waiter the first to block; they order nothing.)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	done := make(chan bool)
	wg.Add(1)
	go func() {
		time.Sleep(50 * time.Millisecond)
		wg.Done()
	}()
	go func() {
		wg.Wait()
		done <- true
	}()
	time.Sleep(100 * time.Millisecond)
	wg.Wait()
	wg.Add(1) // reuse
	go func() {
		wg.Done()
	}()
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
