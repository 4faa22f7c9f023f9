// Go's maps ExampleValues, from maps/example_test.go (tests/oracle/go_examples.py).
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
	values := slices.Sorted(maps.Values(m1))
	fmt.Println(values)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[THOUSAND Ten one]
*/
