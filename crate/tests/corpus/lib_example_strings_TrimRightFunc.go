// Go's strings ExampleTrimRightFunc, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Print(strings.TrimRightFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
¡¡¡Hello, Gophers*/
