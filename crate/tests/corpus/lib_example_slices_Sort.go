// Go's slices ExampleSort, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	smallInts := []int8{0, 42, -10, 8}
	slices.Sort(smallInts)
	fmt.Println(smallInts)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[-10 0 8 42]
*/
