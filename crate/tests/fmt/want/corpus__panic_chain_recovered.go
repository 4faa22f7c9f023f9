// A deferred call recovers a panic and panics anew: Go prints the chain,
// the first marked [recovered], the new one indented.
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("second after ", r))
	}()
	panic("first")
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: first [recovered]
stderr-funcs: main.main.func1 main.main
stdout:
*/
