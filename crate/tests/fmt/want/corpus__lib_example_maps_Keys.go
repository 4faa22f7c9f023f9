// Go's maps ExampleKeys, from maps/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m1 := map[int]string{
		1:    "one",
		10:   "Ten",
		1000: "THOUSAND",
	}
	keys := slices.Sorted(maps.Keys(m1))
	fmt.Println(keys)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[1 10 1000]
*/
