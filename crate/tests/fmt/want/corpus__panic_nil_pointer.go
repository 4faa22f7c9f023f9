// Dereferencing a nil pointer is a runtime error.
package main

import "fmt"

type node struct {
	next *node
	v    int
}

func main() {
	n := &node{v: 1}
	fmt.Println(n.v)
	fmt.Println(n.next.v)
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: runtime error: invalid memory address or nil pointer dereference
stdout:
1
*/
