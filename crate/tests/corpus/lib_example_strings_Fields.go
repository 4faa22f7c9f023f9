// Go's strings ExampleFields, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("Fields are: %q", strings.Fields("  foo bar  baz   "))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Fields are: ["foo" "bar" "baz"]*/
