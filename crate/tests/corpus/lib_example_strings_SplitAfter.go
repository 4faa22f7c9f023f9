// Go's strings ExampleSplitAfter, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
["a," "b," "c"]
*/
