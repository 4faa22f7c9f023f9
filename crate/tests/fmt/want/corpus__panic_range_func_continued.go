// An iterator that ignores yield's false and calls it again: Go's runtime
// panics with its words (runtime.panicrangestate), in the body's function
// main.main-range1.
package main

import "fmt"

func bad(yield func(int) bool) {
	yield(1)
	yield(2)
}

func main() {
	for x := range bad {
		fmt.Println(x)
		break
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: runtime error: range function continued iteration after function for loop body returned false
stderr-funcs: main.main-range1 main.bad main.main
stdout:
1
*/
