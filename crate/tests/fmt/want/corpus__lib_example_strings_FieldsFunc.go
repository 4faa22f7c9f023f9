// Go's strings ExampleFieldsFunc, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	f := func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}
	fmt.Printf("Fields are: %q", strings.FieldsFunc("  foo1;bar2,baz3...", f))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Fields are: ["foo1" "bar2" "baz3"]*/
