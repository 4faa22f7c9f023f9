// Unused variables and imports are compile errors.
package main

import (
	"fmt"
	"os"
)

func main() {
	x := 1
	y := 2
	fmt.Println(y)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:6:2: "os" imported and not used
main.go:10:2: declared and not used: x
*/
