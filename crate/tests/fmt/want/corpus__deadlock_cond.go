// A Wait that no Signal will ever wake: Go reports the deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	c.Signal() // not remembered
	mu.Lock()
	fmt.Println("waiting")
	c.Wait()
	mu.Unlock()
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: fatal error: all goroutines are asleep - deadlock!
stdout:
waiting
*/
