// Go's bytes ExampleHasSuffix, from bytes/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Println(bytes.HasSuffix([]byte("Amigo"), []byte("go")))
	fmt.Println(bytes.HasSuffix([]byte("Amigo"), []byte("O")))
	fmt.Println(bytes.HasSuffix([]byte("Amigo"), []byte("Ami")))
	fmt.Println(bytes.HasSuffix([]byte("Amigo"), []byte("")))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true
false
false
true
*/
