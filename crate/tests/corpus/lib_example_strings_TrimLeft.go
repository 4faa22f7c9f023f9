// Go's strings ExampleTrimLeft, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Print(strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Hello, Gophers!!!*/
