// Reuse with data (Go's TestRaceWaitGroupReuse, one round per iteration): each
// round's waiter goroutine blocks in Wait, main starts the next round with Add
// without waiting for that waiter: the Add races the waiter's Wait.
// (The sleeps make each waiter block first; they order nothing.)
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const P, T = 3, 3
	done := make(chan int, T)
	var wg sync.WaitGroup
	for try := 0; try < T; try++ {
		var data [P]int
		wg.Add(P)
		for p := 0; p < P; p++ {
			go func(p int) {
				time.Sleep(50 * time.Millisecond)
				data[p]++
				wg.Done()
			}(p)
		}
		go func() {
			wg.Wait()
			sum := 0
			for p := 0; p < P; p++ {
				data[p]++
				sum += data[p]
			}
			done <- sum
		}()
		time.Sleep(100 * time.Millisecond)
		wg.Wait()
	}
	total := 0
	for try := 0; try < T; try++ {
		total += <-done
	}
	fmt.Println(total)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
18
*/
