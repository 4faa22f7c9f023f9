// Go's errors ExampleJoin, from errors/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"errors"
	"fmt"
)

func main() {
	err1 := errors.New("err1")
	err2 := errors.New("err2")
	err := errors.Join(err1, err2)
	fmt.Println(err)
	if errors.Is(err, err1) {
		fmt.Println("err is err1")
	}
	if errors.Is(err, err2) {
		fmt.Println("err is err2")
	}
	fmt.Println(err.(interface{ Unwrap() []error }).Unwrap())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
err1
err2
err is err1
err is err2
[err1 err2]
*/
