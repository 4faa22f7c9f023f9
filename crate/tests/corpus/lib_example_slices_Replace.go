// Go's slices ExampleReplace, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera", "Zac"}
	names = slices.Replace(names, 1, 3, "Bill", "Billie", "Cat")
	fmt.Println(names)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[Alice Bill Billie Cat Zac]
*/
