// A method value copies a value receiver when it is evaluated; a method
// promoted from an embedded struct, called through an interface, gets the
// embedded value as its receiver.
package main

import "fmt"

type C struct{ n int }

func (c C) Get() int  { return c.n }
func (c *C) Inc()     { c.n++ }
func (c C) Bump() int { c.n += 100; return c.n }

type Inner struct{ name string }

func (i Inner) Name() string     { return i.name }
func (i *Inner) Rename(s string) { i.name = s }

type Outer struct {
	Inner
	Agg int
}

type Namer interface{ Name() string }

type Renamer interface {
	Namer
	Rename(string)
}

func main() {
	c := C{1}
	get := c.Get
	c.n = 2
	fmt.Println(get(), c.Get())
	p := &c
	getp := p.Get
	inc := p.Inc
	inc()
	fmt.Println(getp(), c.n)
	var i interface{ Bump() int } = c
	fmt.Println(i.Bump(), i.Bump(), c.n)
	var n Namer = Outer{Inner{"in"}, 0}
	fmt.Println(n.Name())
	o := &Outer{Inner{"ptr"}, 3}
	var r Renamer = o
	r.Rename("renamed")
	fmt.Println(r.Name(), o.name)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1 2
2 3
103 103 3
in
renamed renamed
*/
