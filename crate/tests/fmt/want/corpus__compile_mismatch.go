// Type mismatches.
package main

import "fmt"

func main() {
	var s string = 5
	n := 1 + "a"
	fmt.Println(s, n)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:17: cannot use 5 (untyped int constant) as string value in variable declaration
main.go:8:7: invalid operation: 1 + "a" (mismatched types untyped int and untyped string)
*/
