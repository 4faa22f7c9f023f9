// Go's unicode ExampleToLower, from unicode/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	const ucG = 'G'
	fmt.Printf("%#U\n", unicode.ToLower(ucG))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
U+0067 'g'
*/
