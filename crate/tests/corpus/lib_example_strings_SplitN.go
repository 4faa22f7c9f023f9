// Go's strings ExampleSplitN, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 2))
	z := strings.SplitN("a,b,c", ",", 0)
	fmt.Printf("%q (nil = %v)\n", z, z == nil)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
["a" "b,c"]
[] (nil = true)
*/
