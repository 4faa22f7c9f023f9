// Go's unicode/utf8 ExampleRuneLen, from unicode/utf8/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(utf8.RuneLen('a'))
	fmt.Println(utf8.RuneLen('界'))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1
3
*/
