// An iterator that recovers the loop body's panic and returns normally:
// the loop panics again with Go's words once the iterator has returned.
package main

import "fmt"

func swallow(yield func(int) bool) {
	defer func() { recover() }()
	yield(1)
}

func main() {
	for x := range swallow {
		fmt.Println(x)
		panic("boom")
	}
	fmt.Println("after")
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: runtime error: range function recovered a loop body panic and did not resume panicking
stderr-funcs: main.main
stdout:
1
*/
