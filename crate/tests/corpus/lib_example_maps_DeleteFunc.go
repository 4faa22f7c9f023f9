// Go's maps ExampleDeleteFunc, from maps/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[string]int{
		"one":   1,
		"two":   2,
		"three": 3,
		"four":  4,
	}
	maps.DeleteFunc(m, func(k string, v int) bool {
		return v%2 != 0 // delete odd values
	})
	fmt.Println(m)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
map[four:4 two:2]
*/
