// Unlocking an unlocked mutex is a fatal error, not a panic.
package main

import "sync"

func main() {
	var mu sync.Mutex
	defer func() { recover() }()
	mu.Unlock()
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: fatal error: sync: unlock of unlocked mutex
stdout:
*/
