// Go's bytes ExampleToLower, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Printf("%s", bytes.ToLower([]byte("Gopher")))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
gopher*/
