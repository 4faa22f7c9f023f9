// Go's slices ExampleGrow, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	numbers := []int{0, 42, -10, 8}
	grow := slices.Grow(numbers, 2)
	fmt.Println(cap(numbers))
	fmt.Println(grow)
	fmt.Println(len(grow))
	fmt.Println(cap(grow))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
4
[0 42 -10 8]
4
8
*/
