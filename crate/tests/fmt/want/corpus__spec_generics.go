// The Go specification's generics examples (go.dev/ref/spec: Type
// parameter declarations, Method declarations, Instantiations, Type
// inference, Type constraints), completed into one program.
package main

import "fmt"

// Type definitions: a generic type referring to itself.
type List[T any] struct {
	next  *List[T]
	value T
}

// Method declarations: the receiver names the type parameters.
func (l *List[T]) Len() int {
	n := 0
	for e := l; e != nil; e = e.next {
		n++
	}
	return n
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, value: v} }

// Type parameter declarations.
type Pair[K comparable, V any] struct {
	key K
	val V
}

func min[T ~int | ~float64](x, y T) T {
	if x < y {
		return x
	}
	return y
}

// Instantiations.
func sum[T ~int | ~float64 | ~string](x ...T) T {
	var s T
	for _, v := range x {
		s += v
	}
	return s
}

// Type inference: core types of constraints.
func apply[S ~[]E, E any](s S, f func(E) E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = f(v)
	}
	return r
}

func dedup[S ~[]E, E comparable](s S) S {
	var r S
	seen := map[E]bool{}
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			r = append(r, v)
		}
	}
	return r
}

type Celsius float64

type IntList []int

// Type constraints: a method and a type set.
type StringerInt interface {
	~int
	String() string
}

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

func describe[T StringerInt](xs ...T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + " "
	}
	return s
}

func main() {
	var l *List[string]
	l = l.Push("a").Push("b")
	fmt.Println(l.Len(), l.value, l.next.value)

	p := Pair[string, int]{"x", 1}
	fmt.Printf("%v %T\n", p, p)

	fmt.Println(min(3, 2), min(2.5, 7.0), min[Celsius](10, 4))

	tx := sum[int]
	fmt.Println(tx(1, 2, 3), sum(1.5, 2.5), sum("a", "b", "c"))
	fmt.Printf("%T\n", tx)

	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * 10 }))
	list := IntList{3, 1, 3, 2, 1}
	d := dedup(list)
	fmt.Printf("%v %T\n", d, d)
	fmt.Println(describe(Code(1), Code(2)))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
2 b a
{x 1} main.Pair[string,int]
2 2.5 4
6 4 abc
func(...int) int
[10 20 30]
[3 1 2] main.IntList
code-1 code-2
*/
