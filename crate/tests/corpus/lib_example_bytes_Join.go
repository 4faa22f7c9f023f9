// Go's bytes ExampleJoin, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := [][]byte{[]byte("foo"), []byte("bar"), []byte("baz")}
	fmt.Printf("%s", bytes.Join(s, []byte(", ")))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
foo, bar, baz*/
