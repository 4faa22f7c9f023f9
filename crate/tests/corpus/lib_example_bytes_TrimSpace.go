// Go's bytes ExampleTrimSpace, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Printf("%s", bytes.TrimSpace([]byte(" \t\n a lone gopher \n\t\r\n")))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
a lone gopher*/
