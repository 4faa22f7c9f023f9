// Go's strings ExampleTrimSuffix, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	var s = "¡¡¡Hello, Gophers!!!"
	s = strings.TrimSuffix(s, ", Gophers!!!")
	s = strings.TrimSuffix(s, ", Marmots!!!")
	fmt.Print(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
¡¡¡Hello*/
