// Go's strings ExampleCompare, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Compare("a", "b"))
	fmt.Println(strings.Compare("a", "a"))
	fmt.Println(strings.Compare("b", "a"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
-1
0
1
*/
