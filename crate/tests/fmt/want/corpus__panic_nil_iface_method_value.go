// A method value of a nil interface panics where it is evaluated.
package main

import "fmt"

func main() {
	var s fmt.Stringer
	fmt.Println("before")
	f := s.String
	fmt.Println("after", f())
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: runtime error: invalid memory address or nil pointer dereference
stderr-funcs: main.main
stdout:
before
*/
