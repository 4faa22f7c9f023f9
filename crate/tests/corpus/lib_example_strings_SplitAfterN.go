// Go's strings ExampleSplitAfterN, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
["a," "b,c"]
*/
