// Go's unicode/utf8 ExampleDecodeRuneInString, from unicode/utf8/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	str := "Hello, 世界"

	for len(str) > 0 {
		r, size := utf8.DecodeRuneInString(str)
		fmt.Printf("%c %v\n", r, size)

		str = str[size:]
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
H 1
e 1
l 1
l 1
o 1
, 1
  1
世 3
界 3
*/
