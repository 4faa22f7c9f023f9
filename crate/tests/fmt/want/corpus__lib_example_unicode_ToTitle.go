// Go's unicode ExampleToTitle, from unicode/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	const ucG = 'g'
	fmt.Printf("%#U\n", unicode.ToTitle(ucG))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
U+0047 'G'
*/
