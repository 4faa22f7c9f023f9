// Go's errors ExampleNew, from errors/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("emit macho dwarf: elf header corrupted")
	if err != nil {
		fmt.Print(err)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
emit macho dwarf: elf header corrupted*/
