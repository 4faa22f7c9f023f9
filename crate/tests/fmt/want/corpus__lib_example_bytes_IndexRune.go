// Go's bytes ExampleIndexRune, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Println(bytes.IndexRune([]byte("chicken"), 'k'))
	fmt.Println(bytes.IndexRune([]byte("chicken"), 'd'))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
4
-1
*/
