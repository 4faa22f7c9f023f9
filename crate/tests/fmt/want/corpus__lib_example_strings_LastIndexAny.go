// Go's strings ExampleLastIndexAny, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.LastIndexAny("go gopher", "go"))
	fmt.Println(strings.LastIndexAny("go gopher", "rodent"))
	fmt.Println(strings.LastIndexAny("go gopher", "fail"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
4
8
-1
*/
