// Generic types: structs, a linked list, a stack with methods on value and
// pointer receivers, a generic type inside a map and a channel, literals
// T[K, V]{...}, an instantiated type satisfying an interface, and %T.
package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v: v, next: l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.v)
	}
	return out
}

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(*s) == 0 {
		return zero, false
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, p.Key, p.Val)
	var s interface{ String() string } = Pair[int, bool]{Key: 2, Val: true}
	fmt.Println(s.String())
	fmt.Printf("%T %T\n", p, s)

	var l List[string]
	l.Push("x")
	l.Push("y")
	fmt.Println(l.All(), l.size)

	var st Stack[float64]
	st.Push(1.5)
	st.Push(2.5)
	v, ok := st.Pop()
	fmt.Println(v, ok, st.Len())

	set := Set[string]{}
	set.Add("go")
	fmt.Println(set.Has("go"), set.Has("c"), len(set))

	byName := map[string]Pair[int, int]{"p": {1, 2}}
	byName["q"] = Pair[int, int]{3, 4}
	fmt.Println(len(byName), byName["p"].Val, byName["q"])

	ch := make(chan Pair[string, float64], 1)
	ch <- Pair[string, float64]{"pi", 3.14}
	fmt.Println(<-ch)
	fmt.Printf("%T\n", ch)

	var root *Tree[int]
	for _, x := range []int{5, 2, 8, 1} {
		root = root.Insert(x)
	}
	root.Walk(func(x int) { fmt.Print(x, " ") })
	fmt.Println()
	fmt.Printf("%T %v\n", root, root.Val)
	fmt.Printf("%v %+v\n", Pair[string, []int]{"k", []int{1}}, node[int]{v: 7})
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
a=1 a 1
2=true
main.Pair[string,int] main.Pair[int,bool]
[y x] 2
2.5 true 1
true false 1
2 2 3=4
pi=3.14
chan main.Pair[string,float64]
1 2 5 8
*main.Tree[int] 5
k=[1] {v:7 next:<nil>}
*/
