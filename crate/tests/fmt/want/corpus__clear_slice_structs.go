// clear(s) on a slice of structs sets each element to the zero struct, not nil:
// it prints as [{0 } {0 }] and its fields can be read and written.
package main

import "fmt"

type item struct {
	x    int
	name string
}

func main() {
	s := []item{{1, "a"}, {2, "b"}}
	clear(s)
	fmt.Println(s)
	fmt.Println(s[0].x, s[1].name == "")
	s[0].x = 7
	fmt.Println(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[{0 } {0 }]
0 true
[{7 } {0 }]
*/
