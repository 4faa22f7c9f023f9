// Go's slices ExampleMin, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	numbers := []int{0, 42, -10, 8}
	fmt.Println(slices.Min(numbers))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
-10
*/
