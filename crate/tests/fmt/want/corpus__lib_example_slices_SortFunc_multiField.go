// Go's slices ExampleSortFunc_multiField, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	type Person struct {
		Name string
		Age  int
	}
	people := []Person{
		{"Gopher", 13},
		{"Alice", 55},
		{"Bob", 24},
		{"Alice", 20},
	}
	slices.SortFunc(people, func(a, b Person) int {
		if n := strings.Compare(a.Name, b.Name); n != 0 {
			return n
		}
		// If names are equal, order by age
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(people)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[{Alice 20} {Alice 55} {Bob 24} {Gopher 13}]
*/
