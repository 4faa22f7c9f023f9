// Go's io ExampleReadAll, from io/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"io"
	"log"
	"strings"
)

func main() {
	r := strings.NewReader("Go is a general-purpose language designed with systems programming in mind.")

	b, err := io.ReadAll(r)
	if err != nil {
		log.Fatal(err)
	}

	fmt.Printf("%s", b)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
Go is a general-purpose language designed with systems programming in mind.*/
