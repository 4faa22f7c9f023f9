// Go's maps ExampleAll, from maps/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"maps"
)

func main() {
	m1 := map[string]int{
		"one": 1,
		"two": 2,
	}
	m2 := map[string]int{
		"one": 10,
	}
	maps.Insert(m2, maps.All(m1))
	fmt.Println("m2 is:", m2)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
m2 is: map[one:1 two:2]
*/
