// Go's strings ExampleJoin, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := []string{"foo", "bar", "baz"}
	fmt.Println(strings.Join(s, ", "))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
foo, bar, baz
*/
