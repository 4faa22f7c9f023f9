// Go's strings ExampleIndex, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Index("chicken", "ken"))
	fmt.Println(strings.Index("chicken", "dmr"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
4
-1
*/
