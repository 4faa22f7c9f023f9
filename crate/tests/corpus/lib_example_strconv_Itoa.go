// Go's strconv ExampleItoa, from strconv/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	i := 10
	s := strconv.Itoa(i)
	fmt.Printf("%T, %v\n", s, s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
string, 10
*/
