// Go's errors ExampleNew_unique, from errors/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"errors"
	"fmt"
)

func OopsNew() error {
	return errors.New("an error")
}

func OopsSentinel() error {
	return ErrSentinel
}

var ErrSentinel = errors.New("an error")

func main() {
	err1 := OopsNew()
	err2 := OopsNew()
	fmt.Println("Errors using distinct errors.New calls:")
	fmt.Printf("Is(%q, %q) = %v\n", err1, err2, errors.Is(err1, err2))

	err3 := OopsSentinel()
	err4 := OopsSentinel()
	fmt.Println()
	fmt.Println("Errors using a sentinel error:")
	fmt.Printf("Is(%q, %q) = %v\n", err3, err4, errors.Is(err3, err4))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Errors using distinct errors.New calls:
Is("an error", "an error") = false

Errors using a sentinel error:
Is("an error", "an error") = true
*/
