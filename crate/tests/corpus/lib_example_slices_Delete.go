// Go's slices ExampleDelete, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"slices"
)

func main() {
	letters := []string{"a", "b", "c", "d", "e"}
	letters = slices.Delete(letters, 1, 4)
	fmt.Println(letters)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[a e]
*/
