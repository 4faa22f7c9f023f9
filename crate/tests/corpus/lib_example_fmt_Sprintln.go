// Go's fmt ExampleSprintln, from fmt/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	const name, age = "Kim", 22
	s := fmt.Sprintln(name, "is", age, "years old.")

	io.WriteString(os.Stdout, s) // Ignoring error for simplicity.
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Kim is 22 years old.
*/
