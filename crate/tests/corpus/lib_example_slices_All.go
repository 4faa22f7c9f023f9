// Go's slices ExampleAll, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	for i, v := range slices.All(names) {
		fmt.Println(i, ":", v)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
0 : Alice
1 : Bob
2 : Vera
*/
