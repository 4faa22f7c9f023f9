// Go's slices ExampleCompare, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	fmt.Println("Equal:", slices.Compare(names, []string{"Alice", "Bob", "Vera"}))
	fmt.Println("V < X:", slices.Compare(names, []string{"Alice", "Bob", "Xena"}))
	fmt.Println("V > C:", slices.Compare(names, []string{"Alice", "Bob", "Cat"}))
	fmt.Println("3 > 2:", slices.Compare(names, []string{"Alice", "Bob"}))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Equal: 0
V < X: -1
V > C: 1
3 > 2: 1
*/
