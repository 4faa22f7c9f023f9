// Go's strings ExampleCutSuffix, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	show := func(s, suffix string) {
		before, found := strings.CutSuffix(s, suffix)
		fmt.Printf("CutSuffix(%q, %q) = %q, %v\n", s, suffix, before, found)
	}
	show("Gopher", "Go")
	show("Gopher", "er")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
CutSuffix("Gopher", "Go") = "Gopher", false
CutSuffix("Gopher", "er") = "Goph", true
*/
