// Go's strconv ExampleFormatInt, from strconv/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	v := int64(-42)

	s10 := strconv.FormatInt(v, 10)
	fmt.Printf("%T, %v\n", s10, s10)

	s16 := strconv.FormatInt(v, 16)
	fmt.Printf("%T, %v\n", s16, s16)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
string, -42
string, -2a
*/
