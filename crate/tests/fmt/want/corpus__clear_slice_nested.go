// clear on a slice of structs holding a nested struct, a pointer, a map and a
// slice: every field becomes its zero value.
package main

import "fmt"

type inner struct{ A, B int }

type rec struct {
	in inner
	p  *int
	m  map[string]int
	s  []int
}

func main() {
	x := 3
	r := []rec{{inner{1, 2}, &x, map[string]int{"k": 1}, []int{1}}}
	clear(r)
	fmt.Println(r[0].in, r[0].p == nil, r[0].m == nil, r[0].s == nil, len(r[0].m))
	r[0].in.B = 4
	fmt.Printf("%v\n", r[0].in)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
{0 0} true true true 0
{0 4}
*/
