// A label nothing uses is an error.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:1: label outer defined and not used
*/
