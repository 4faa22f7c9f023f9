// Go's bytes ExampleIndex, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("dmr")))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
4
-1
*/
