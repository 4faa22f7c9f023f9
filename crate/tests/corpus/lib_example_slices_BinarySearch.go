// Go's slices ExampleBinarySearch, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	n, found := slices.BinarySearch(names, "Vera")
	fmt.Println("Vera:", n, found)
	n, found = slices.BinarySearch(names, "Bill")
	fmt.Println("Bill:", n, found)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Vera: 2 true
Bill: 1 false
*/
