// Go's errors ExampleNew_errorf, from errors/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
)

func main() {
	const name, id = "bimmler", 17
	err := fmt.Errorf("user %q (id %d) not found", name, id)
	if err != nil {
		fmt.Print(err)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
user "bimmler" (id 17) not found*/
