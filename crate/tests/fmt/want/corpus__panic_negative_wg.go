// Done more often than Add panics.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	wg.Done()
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: sync: negative WaitGroup counter
stdout:
*/
