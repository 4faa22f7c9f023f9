// Go's slices ExampleBackward, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	for i, v := range slices.Backward(names) {
		fmt.Println(i, ":", v)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
2 : Vera
1 : Bob
0 : Alice
*/
