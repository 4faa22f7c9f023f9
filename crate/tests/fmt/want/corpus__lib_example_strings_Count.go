// Go's strings ExampleCount, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Count("cheese", "e"))
	fmt.Println(strings.Count("five", "")) // before & after each rune
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
3
5
*/
