// A field assigned through a map of pointers writes the pointed-to struct
// (a struct stored in a map by value cannot be assigned to).
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[string]*P{"a": {1, 2}}
	m["a"].X = 5
	m["a"].Y++
	m["a"].Y += 10
	fmt.Println(*m["a"])
	defer func() { fmt.Println("recovered:", recover()) }()
	m["missing"].X = 1
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
{5 13}
recovered: runtime error: invalid memory address or nil pointer dereference
*/
