// Go's unicode/utf8 ExampleRuneCountInString, from unicode/utf8/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	str := "Hello, 世界"
	fmt.Println("bytes =", len(str))
	fmt.Println("runes =", utf8.RuneCountInString(str))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
bytes = 13
runes = 9
*/
