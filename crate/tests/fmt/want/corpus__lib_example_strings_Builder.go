// Go's strings ExampleBuilder, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 3; i >= 1; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	fmt.Println(b.String())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
3...2...1...ignition
*/
