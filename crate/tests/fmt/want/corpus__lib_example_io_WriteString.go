// Go's io ExampleWriteString, from io/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"io"
	"log"
	"os"
)

func main() {
	if _, err := io.WriteString(os.Stdout, "Hello World"); err != nil {
		log.Fatal(err)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Hello World*/
