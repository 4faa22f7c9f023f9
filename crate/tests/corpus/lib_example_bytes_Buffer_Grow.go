// Go's bytes ExampleBuffer_Grow, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.Grow(64)
	bb := b.Bytes()
	b.Write([]byte("64 bytes or fewer"))
	fmt.Printf("%q", bb[:b.Len()])
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
"64 bytes or fewer"*/
