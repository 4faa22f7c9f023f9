// Go's slices ExampleRepeat, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	numbers := []int{0, 1, 2, 3}
	repeat := slices.Repeat(numbers, 2)
	fmt.Println(repeat)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[0 1 2 3 0 1 2 3]
*/
