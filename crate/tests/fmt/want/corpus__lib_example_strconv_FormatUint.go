// Go's strconv ExampleFormatUint, from strconv/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	v := uint64(42)

	s10 := strconv.FormatUint(v, 10)
	fmt.Printf("%T, %v\n", s10, s10)

	s16 := strconv.FormatUint(v, 16)
	fmt.Printf("%T, %v\n", s16, s16)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
string, 42
string, 2a
*/
