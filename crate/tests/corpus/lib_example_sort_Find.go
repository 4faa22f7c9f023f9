// Go's sort ExampleFind, from sort/example_search_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	a := []string{"apple", "banana", "lemon", "mango", "pear", "strawberry"}

	for _, x := range []string{"banana", "orange"} {
		i, found := sort.Find(len(a), func(i int) int {
			return strings.Compare(x, a[i])
		})
		if found {
			fmt.Printf("found %s at index %d\n", x, i)
		} else {
			fmt.Printf("%s not found, would insert at %d\n", x, i)
		}
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
found banana at index 1
orange not found, would insert at 4
*/
