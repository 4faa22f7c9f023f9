package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc()       { c.n++ }
func (c *counter) get() int   { return c.n }
func twice(f func())          { f(); f() }
func long(a, b, c, d int) int { return a*b + c*d + a*c + b*d + a*d + b*c + a*a + b*b + c*c + d*d + 1 }

func main() {
	c := &counter{}
	twice(func() { c.inc() })
	add := func(a, b int) int { return a + b }
	fmt.Println(c.get(), add(1, 2), long(1, 2, 3, 4))
	func() {
		fmt.Println("literal")
	}()
}
