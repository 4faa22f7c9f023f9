// Go's sort ExampleInts, from sort/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []int{5, 2, 6, 3, 1, 4} // unsorted
	sort.Ints(s)
	fmt.Println(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[1 2 3 4 5 6]
*/
