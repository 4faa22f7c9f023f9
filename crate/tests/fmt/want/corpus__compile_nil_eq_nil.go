// Comparing untyped nil with untyped nil is a compile error.
package main

import "fmt"

func main() {
	fmt.Println(nil == nil)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:21: invalid operation: nil == nil (operator == not defined on untyped nil)
*/
