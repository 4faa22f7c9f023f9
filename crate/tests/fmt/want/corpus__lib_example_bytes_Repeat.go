// Go's bytes ExampleRepeat, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Printf("ba%s", bytes.Repeat([]byte("na"), 2))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
banana*/
