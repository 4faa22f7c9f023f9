// Go's maps ExampleCollect, from maps/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	s1 := []string{"zero", "one", "two", "three"}
	m1 := maps.Collect(slices.All(s1))
	fmt.Println("m1 is:", m1)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
m1 is: map[0:zero 1:one 2:two 3:three]
*/
