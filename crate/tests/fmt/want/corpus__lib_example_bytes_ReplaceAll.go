// Go's bytes ExampleReplaceAll, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink oink"), []byte("oink"), []byte("moo")))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
moo moo moo
*/
