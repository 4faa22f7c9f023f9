// Go's strings ExampleIndexAny, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.IndexAny("chicken", "aeiouy"))
	fmt.Println(strings.IndexAny("crwth", "aeiouy"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
2
-1
*/
