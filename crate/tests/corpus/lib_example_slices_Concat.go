// Go's slices ExampleConcat, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	s1 := []int{0, 1, 2, 3}
	s2 := []int{4, 5, 6}
	concat := slices.Concat(s1, s2)
	fmt.Println(concat)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[0 1 2 3 4 5 6]
*/
