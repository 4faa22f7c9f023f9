// Go's strings ExampleIndexByte, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.IndexByte("golang", 'g'))
	fmt.Println(strings.IndexByte("gophers", 'h'))
	fmt.Println(strings.IndexByte("golang", 'x'))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
0
3
-1
*/
