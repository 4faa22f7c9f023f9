// Go's sort ExampleSearch, from sort/example_search_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6

	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	if i < len(a) && a[i] == x {
		fmt.Printf("found %d at index %d in %v\n", x, i, a)
	} else {
		fmt.Printf("%d not found in %v\n", x, a)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
found 6 at index 2 in [1 3 6 10 15 21 28 36 45 55]
*/
