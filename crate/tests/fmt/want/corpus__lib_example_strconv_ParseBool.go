// Go's strconv ExampleParseBool, from strconv/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	v := "true"
	if s, err := strconv.ParseBool(v); err == nil {
		fmt.Printf("%T, %v\n", s, s)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
bool, true
*/
