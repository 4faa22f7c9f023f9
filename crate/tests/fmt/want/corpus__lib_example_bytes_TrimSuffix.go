// Go's bytes ExampleTrimSuffix, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"os"
)

func main() {
	var b = []byte("Hello, goodbye, etc!")
	b = bytes.TrimSuffix(b, []byte("goodbye, etc!"))
	b = bytes.TrimSuffix(b, []byte("gopher"))
	b = append(b, bytes.TrimSuffix([]byte("world!"), []byte("x!"))...)
	os.Stdout.Write(b)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Hello, world!*/
