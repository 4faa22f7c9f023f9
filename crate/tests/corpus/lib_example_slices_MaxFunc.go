// Go's slices ExampleMaxFunc, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func main() {
	type Person struct {
		Name string
		Age  int
	}
	people := []Person{
		{"Gopher", 13},
		{"Alice", 55},
		{"Vera", 24},
		{"Bob", 55},
	}
	firstOldest := slices.MaxFunc(people, func(a, b Person) int {
		return cmp.Compare(a.Age, b.Age)
	})
	fmt.Println(firstOldest.Name)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Alice
*/
