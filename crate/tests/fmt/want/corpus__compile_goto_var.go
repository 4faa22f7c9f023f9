// A goto over a var declaration.
package main

import "fmt"

func main() {
	goto skip
	var msg string = "hi"
skip:
	fmt.Println(msg)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:7: goto skip jumps over declaration of msg at main.go:8:6
*/
