// Go's slices ExampleIsSorted, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	fmt.Println(slices.IsSorted([]string{"Alice", "Bob", "Vera"}))
	fmt.Println(slices.IsSorted([]int{0, 2, 1}))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true
false
*/
