// An undefined name.
package main

import "fmt"

func main() {
	fmt.Println(undefinedThing)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:14: undefined: undefinedThing
*/
