// A syntax error.
package main

import "fmt"

func main() {
	x :=
		fmt.Println(x)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:2: declared and not used: x
main.go:8:2: assignment mismatch: 1 variable but fmt.Println returns 2 values
main.go:8:14: undefined: x
*/
