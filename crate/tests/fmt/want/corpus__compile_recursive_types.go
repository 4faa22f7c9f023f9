// A type may not contain itself by value (through arrays, struct fields or
// the type it is defined as); a pointer breaks the cycle. Each cycle is
// reported once, at its member that comes first in the source.
package main

type X [1]A
type A [0]A
type T struct {
	next T
}
type C [1]D
type D struct{ e E }
type E struct {
	p *C
	c C
}
type List struct {
	next *List
	vals []List
	m    map[int]List
}

func main() {}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:6: invalid recursive type: A refers to itself
main.go:8:6: invalid recursive type: T refers to itself
main.go:11:6: invalid recursive type C
*/
