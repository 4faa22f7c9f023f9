// Go's bytes ExampleCount, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")))
	fmt.Println(bytes.Count([]byte("five"), []byte(""))) // before & after each rune
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
3
5
*/
