// A WaitGroup that never reaches zero deadlocks.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go wg.Done()
	wg.Wait()
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: fatal error: all goroutines are asleep - deadlock!
stdout:
*/
