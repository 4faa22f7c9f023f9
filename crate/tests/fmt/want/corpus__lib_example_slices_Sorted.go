// Go's slices ExampleSorted, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	seq := func(yield func(int) bool) {
		flag := -1
		for i := 0; i < 10; i += 2 {
			flag = -flag
			if !yield(i * flag) {
				return
			}
		}
	}

	s := slices.Sorted(seq)
	fmt.Println(s)
	fmt.Println(slices.IsSorted(s))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[-6 -2 0 4 8]
true
*/
