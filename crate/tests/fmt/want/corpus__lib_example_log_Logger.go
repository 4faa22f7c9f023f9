// Go's log ExampleLogger, from log/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
	"log"
)

func main() {
	var (
		buf    bytes.Buffer
		logger = log.New(&buf, "logger: ", log.Lshortfile)
	)

	logger.Print("Hello, log file!")

	fmt.Print(&buf)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
logger: main.go:16: Hello, log file!
*/
