// Go's strings ExampleNewReplacer, from strings/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"strings"
)

func main() {
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("This is <b>HTML</b>!"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
This is &lt;b&gt;HTML&lt;/b&gt;!
*/
