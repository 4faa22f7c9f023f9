// Go's bytes ExampleBuffer_Len, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.Grow(64)
	b.Write([]byte("abcde"))
	fmt.Printf("%d", b.Len())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
5*/
