// Package-level variables are initialised dependencies first (go.dev/ref/spec#Package_initialization):
// each step initialises the earliest variable in declaration order whose
// initialiser refers to no uninitialised variable, also through functions and methods.
package main

import "fmt"

var (
	total = sum(xs)
	xs    = []int{1, 2, n}
	n     = len(name)
	name  = "abc"
)

var first, second = pair()

func pair() (int, int) { return n, total }

func sum(s []int) int {
	t := 0
	for _, x := range s {
		t += x
	}
	return t
}

type counter struct{ base int }

func (c counter) next() int { return c.base + offset }

var viaMethod = counter{base: 10}.next()
var offset = trace("offset", 5)

var a = trace("a", b+1)
var b = trace("b", 1)
var c = trace("c", 2)

func trace(what string, v int) int {
	fmt.Println("init", what)
	return v
}

func main() {
	fmt.Println(total, xs, n, name, first, second)
	fmt.Println(viaMethod, a, b, c)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
init offset
init b
init a
init c
6 [1 2 3] 3 abc 3 6
15 2 1 2
*/
