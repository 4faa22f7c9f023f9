// Go's errors ExampleUnwrap, from errors/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"errors"
	"fmt"
)

func main() {
	err1 := errors.New("error1")
	err2 := fmt.Errorf("error2: [%w]", err1)
	fmt.Println(err2)
	fmt.Println(errors.Unwrap(err2))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
error2: [error1]
error1
*/
