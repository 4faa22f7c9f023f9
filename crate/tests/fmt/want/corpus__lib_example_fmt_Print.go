// Go's fmt ExamplePrint, from fmt/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
)

func main() {
	const name, age = "Kim", 22
	fmt.Print(name, " is ", age, " years old.\n")

	// It is conventional not to worry about any
	// error returned by Print.
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Kim is 22 years old.
*/
