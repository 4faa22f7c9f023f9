// Go's strings ExampleToUpper, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Gopher"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
GOPHER
*/
