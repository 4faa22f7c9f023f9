// Closures are numbered as gc numbers them (func1, func2, … in source order),
// even where the compiler must learn an operand's type before compiling it:
// a deferred method call on a call's result, f(g()), fmt.Println(g()), min,
// comma-ok, assignment targets. The panic's traceback names the last closure.
package main

import (
	"fmt"
	"sync"
)

var mu sync.Mutex

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func get(f func()) *sync.Mutex { f(); return &mu }

func one(f func() int) int { return f() }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func table(f func()) map[int]int { f(); return map[int]int{1: 10} }

func slice(f func()) []int { f(); return []int{0, 0} }

func main() {
	get(func() {}).Lock()
	defer get(func() {}).Unlock()
	fmt.Println(one(func() int { return 1 }))
	fmt.Println(sum(one(func() int { return 2 })))
	fmt.Println(max(one(func() int { return 3 }), 2))
	v, ok := table(func() {})[1]
	fmt.Println(v, ok)
	s := slice(func() {})
	slice(func() {})[0] = 1
	s[0], s[1] = slice(func() {})[1], 5
	fmt.Println(s)
	var cs [2]counter
	cs[one(func() int { return 1 })].inc()
	fmt.Println(cs[1].n)
	func() {
		panic("in the closure gc calls main.main.func11")
	}()
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: in the closure gc calls main.main.func11
stderr-funcs: main.main.func11 main.main
stdout:
1
2
3
10 true
[0 5]
1
*/
