// Go's slices ExampleCompact, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	seq := []int{0, 1, 1, 2, 3, 5, 8}
	seq = slices.Compact(seq)
	fmt.Println(seq)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[0 1 2 3 5 8]
*/
