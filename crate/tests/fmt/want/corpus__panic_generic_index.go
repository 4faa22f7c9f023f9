// A panic inside instantiated generic code: the traceback names the
// function as Go does (main.Get[...]), the recovered one in a method of
// a generic type too.
package main

func Get[T any](s []T, i int) T { return s[i] }

type Box[T any] struct{ v []T }

func (b *Box[T]) At(i int) T { return b.v[i] }

func main() {
	b := &Box[int]{v: []int{1}}
	func() {
		defer func() { recover() }()
		b.At(3)
	}()
	f := func() int { return Get([]int{1, 2}, 5) }
	f()
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: runtime error: index out of range [5] with length 2
stderr-funcs: main.Get[...] main.main.func2 main.main
stdout:
*/
