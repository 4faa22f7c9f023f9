// Go's strings ExampleReplace, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
oinky oinky oink
moo moo moo
*/
