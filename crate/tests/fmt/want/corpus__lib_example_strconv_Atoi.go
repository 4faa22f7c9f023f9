// Go's strconv ExampleAtoi, from strconv/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strconv"
)

func main() {
	v := "10"
	if s, err := strconv.Atoi(v); err == nil {
		fmt.Printf("%T, %v", s, s)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
int, 10*/
