// Go's slices ExampleContains, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	numbers := []int{0, 1, 2, 3}
	fmt.Println(slices.Contains(numbers, 2))
	fmt.Println(slices.Contains(numbers, 4))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true
false
*/
