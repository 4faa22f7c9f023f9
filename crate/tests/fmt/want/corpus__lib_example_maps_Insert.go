// Go's maps ExampleInsert, from maps/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m1 := map[int]string{
		1000: "THOUSAND",
	}
	s1 := []string{"zero", "one", "two", "three"}
	maps.Insert(m1, slices.All(s1))
	fmt.Println("m1 is:", m1)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
m1 is: map[0:zero 1:one 2:two 3:three 1000:THOUSAND]
*/
