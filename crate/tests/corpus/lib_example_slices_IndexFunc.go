// Go's slices ExampleIndexFunc, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	numbers := []int{0, 42, -10, 8}
	i := slices.IndexFunc(numbers, func(n int) bool {
		return n < 0
	})
	fmt.Println("First negative at index", i)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
First negative at index 2
*/
