// A throw in a deferred call while a panic unwinds: Go prints the panic,
// then the fatal error indented.
package main

import "sync"

func main() {
	var mu sync.Mutex
	defer func() {
		mu.Unlock()
	}()
	panic("boom")
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: boom
stderr-funcs: main.main.func1 main.main
stdout:
*/
