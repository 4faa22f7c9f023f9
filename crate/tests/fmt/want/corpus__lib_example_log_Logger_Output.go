// Go's log ExampleLogger_Output, from log/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
	"log"
)

func main() {
	var (
		buf    bytes.Buffer
		logger = log.New(&buf, "INFO: ", log.Lshortfile)

		infof = func(info string) {
			logger.Output(2, info)
		}
	)

	infof("Hello world")

	fmt.Print(&buf)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
INFO: main.go:20: Hello world
*/
