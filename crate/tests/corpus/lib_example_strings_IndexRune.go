// Go's strings ExampleIndexRune, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.IndexRune("chicken", 'd'))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
4
-1
*/
