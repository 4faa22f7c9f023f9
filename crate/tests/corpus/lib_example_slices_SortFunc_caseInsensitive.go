// Go's slices ExampleSortFunc_caseInsensitive, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	names := []string{"Bob", "alice", "VERA"}
	slices.SortFunc(names, func(a, b string) int {
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	fmt.Println(names)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[alice Bob VERA]
*/
