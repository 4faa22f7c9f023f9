// The semaphore rule at capacity 1, through select (Go's TestNoRaceSelectMutex):
// the first receive happens before the second send completes, so the two
// writes of data are ordered: no race.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	mtx := make(chan int, 1)
	aux := make(chan bool)
	data := 0
	go func() {
		select {
		case mtx <- 1:
		case <-aux:
		}
		data += 42
		select {
		case <-mtx:
		case <-aux:
		}
		done <- struct{}{}
	}()
	select {
	case mtx <- 1:
	case <-aux:
	}
	data += 43
	select {
	case <-mtx:
	case <-aux:
	}
	<-done
	fmt.Println(data)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
85
*/
