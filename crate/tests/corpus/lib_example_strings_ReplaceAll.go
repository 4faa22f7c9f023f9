// Go's strings ExampleReplaceAll, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
moo moo moo
*/
