// Package-level variables whose initialisers depend on each other, directly
// or through a function, are an initialisation cycle.
package main

import "fmt"

var a = b + 1
var b = a

var x = f()

func f() int { return x + 1 }

var self = func() int { return self }()

func main() { fmt.Println(a, b, x, self) }

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:7:5: initialization cycle for a
main.go:10:5: initialization cycle for x
main.go:14:5: initialization cycle: self refers to itself
*/
