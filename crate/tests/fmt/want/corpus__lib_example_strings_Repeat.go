// Go's strings ExampleRepeat, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("ba" + strings.Repeat("na", 2))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
banana
*/
