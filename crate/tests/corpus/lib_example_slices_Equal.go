// Go's slices ExampleEqual, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	numbers := []int{0, 42, 8}
	fmt.Println(slices.Equal(numbers, []int{0, 42, 8}))
	fmt.Println(slices.Equal(numbers, []int{10}))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true
false
*/
