// Go's bytes ExampleFields, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Printf("Fields are: %q", bytes.Fields([]byte("  foo bar  baz   ")))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Fields are: ["foo" "bar" "baz"]*/
