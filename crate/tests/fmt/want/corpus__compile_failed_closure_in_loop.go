// A function literal that fails to compile (an undefined name, then a
// missing return) inside a loop and a sync.Map.Range call: gc reports both
// errors; the compiler must go on compiling the enclosing function, not the
// literal (the fuzz run found it patching the loop's jump in the wrong one).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	calls := 0
	for i := 0; i < 3; i++ {
		m.Range(func(k, v any) bool {
			calls++
			retu
		})
		m.Store(i, i)
	}
	fmt.Println(calls)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:18:4: undefined: retu
main.go:19:3: missing return
*/
