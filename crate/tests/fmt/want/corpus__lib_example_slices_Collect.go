// Go's slices ExampleCollect, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	seq := func(yield func(int) bool) {
		for i := 0; i < 10; i += 2 {
			if !yield(i) {
				return
			}
		}
	}

	s := slices.Collect(seq)
	fmt.Println(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[0 2 4 6 8]
*/
