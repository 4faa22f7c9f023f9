// Go's slices ExampleReverse, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"alice", "Bob", "VERA"}
	slices.Reverse(names)
	fmt.Println(names)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[VERA Bob alice]
*/
