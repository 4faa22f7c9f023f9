// Go's strings ExampleLastIndex, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Index("go gopher", "go"))
	fmt.Println(strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.LastIndex("go gopher", "rodent"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
0
3
-1
*/
