// Go's strings ExampleLastIndexByte, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.LastIndexByte("Hello, world", 'l'))
	fmt.Println(strings.LastIndexByte("Hello, world", 'o'))
	fmt.Println(strings.LastIndexByte("Hello, world", 'x'))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
10
8
-1
*/
