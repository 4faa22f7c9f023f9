// A constant that does not fit.
package main

import "fmt"

func main() {
	var b byte = 300
	fmt.Println(b)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)
*/
