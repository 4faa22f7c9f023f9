// Go's bytes ExampleBuffer_Bytes, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"os"
)

func main() {
	buf := bytes.Buffer{}
	buf.Write([]byte{'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd'})
	os.Stdout.Write(buf.Bytes())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
hello world*/
