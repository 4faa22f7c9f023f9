// Go's slices ExampleSortedFunc, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"cmp"
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

	sortFunc := func(a, b int) int {
		return cmp.Compare(b, a) // the comparison is being done in reverse
	}

	s := slices.SortedFunc(seq, sortFunc)
	fmt.Println(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[8 4 0 -2 -6]
*/
