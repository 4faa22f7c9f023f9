// Go's slices ExampleCompactFunc, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	names := []string{"bob", "Bob", "alice", "Vera", "VERA"}
	names = slices.CompactFunc(names, strings.EqualFold)
	fmt.Println(names)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[bob alice Vera]
*/
