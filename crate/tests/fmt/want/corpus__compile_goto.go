// gc's label checks: a goto over a variable declaration, into a block, to
// a label that does not exist; a label never used.
package main

import "fmt"

func main() {
	goto L
	x := 1
L:
	fmt.Println(x)
	goto M
	{
	M:
		fmt.Println()
	}
	goto N
U:
	fmt.Println()
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:8:7: goto L jumps over declaration of x at main.go:9:4
main.go:12:7: goto M jumps into block starting at main.go:13:2
main.go:17:7: label N not defined
main.go:18:1: label U defined and not used
*/
