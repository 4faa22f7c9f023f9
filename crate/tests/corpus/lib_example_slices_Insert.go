// Go's slices ExampleInsert, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	names = slices.Insert(names, 1, "Bill", "Billie")
	names = slices.Insert(names, len(names), "Zac")
	fmt.Println(names)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[Alice Bill Billie Bob Vera Zac]
*/
