// Go's fmt ExampleErrorf, from fmt/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
)

func main() {
	const name, id = "bueller", 17
	err := fmt.Errorf("user %q (id %d) not found", name, id)
	fmt.Println(err.Error())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
user "bueller" (id 17) not found
*/
