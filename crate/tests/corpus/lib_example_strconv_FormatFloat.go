// Go's strconv ExampleFormatFloat, from strconv/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	v := 3.1415926535

	s32 := strconv.FormatFloat(v, 'E', -1, 32)
	fmt.Printf("%T, %v\n", s32, s32)

	s64 := strconv.FormatFloat(v, 'E', -1, 64)
	fmt.Printf("%T, %v\n", s64, s64)

	// fmt.Println uses these arguments to print floats
	fmt64 := strconv.FormatFloat(v, 'g', -1, 64)
	fmt.Printf("%T, %v\n", fmt64, fmt64)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
string, 3.1415927E+00
string, 3.1415926535E+00
string, 3.1415926535
*/
