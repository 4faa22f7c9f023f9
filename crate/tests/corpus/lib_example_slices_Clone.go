// Go's slices ExampleClone, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	numbers := []int{0, 42, -10, 8}
	clone := slices.Clone(numbers)
	fmt.Println(clone)
	clone[2] = 10
	fmt.Println(numbers)
	fmt.Println(clone)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[0 42 -10 8]
[0 42 -10 8]
[0 42 10 8]
*/
