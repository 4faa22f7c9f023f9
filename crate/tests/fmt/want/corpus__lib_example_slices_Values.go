// Go's slices ExampleValues, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	for v := range slices.Values(names) {
		fmt.Println(v)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Alice
Bob
Vera
*/
