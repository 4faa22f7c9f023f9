// Go's bytes ExampleBuffer_ReadByte, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.Grow(64)
	b.Write([]byte("abcde"))
	c, err := b.ReadByte()
	if err != nil {
		panic(err)
	}
	fmt.Println(c)
	fmt.Println(b.String())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
97
bcde
*/
