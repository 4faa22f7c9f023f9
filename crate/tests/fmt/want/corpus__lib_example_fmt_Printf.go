// Go's fmt ExamplePrintf, from fmt/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
)

func main() {
	const name, age = "Kim", 22
	fmt.Printf("%s is %d years old.\n", name, age)

	// It is conventional not to worry about any
	// error returned by Printf.
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Kim is 22 years old.
*/
