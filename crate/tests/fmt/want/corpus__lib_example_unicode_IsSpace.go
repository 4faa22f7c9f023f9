// Go's unicode ExampleIsSpace, from unicode/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Printf("%t\n", unicode.IsSpace(' '))
	fmt.Printf("%t\n", unicode.IsSpace('\n'))
	fmt.Printf("%t\n", unicode.IsSpace('\t'))
	fmt.Printf("%t\n", unicode.IsSpace('a'))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true
true
true
false
*/
