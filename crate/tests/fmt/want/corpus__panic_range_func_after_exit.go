// yield kept and called after the loop has ended: Go's runtime error.
package main

import "fmt"

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	for x := range keep {
		fmt.Println(x)
	}
	saved(2)
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: runtime error: range function continued iteration after whole loop exit
stderr-funcs: main.main-range1 main.main
stdout:
1
*/
