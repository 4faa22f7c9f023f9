// Go's maps ExampleEqualFunc, from maps/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"maps"
	"strings"
)

func main() {
	m1 := map[int]string{
		1:    "one",
		10:   "Ten",
		1000: "THOUSAND",
	}
	m2 := map[int][]byte{
		1:    []byte("One"),
		10:   []byte("Ten"),
		1000: []byte("Thousand"),
	}
	eq := maps.EqualFunc(m1, m2, func(v1 string, v2 []byte) bool {
		return strings.EqualFold(v1, string(v2))
	})
	fmt.Println(eq)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true
*/
