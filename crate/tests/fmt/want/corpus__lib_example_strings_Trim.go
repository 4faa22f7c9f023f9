// Go's strings ExampleTrim, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Print(strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Hello, Gophers*/
