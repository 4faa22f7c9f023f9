// Go's io ExampleCopy, from io/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"io"
	"log"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("some io.Reader stream to be read\n")

	if _, err := io.Copy(os.Stdout, r); err != nil {
		log.Fatal(err)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
some io.Reader stream to be read
*/
