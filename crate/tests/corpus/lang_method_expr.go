// Method expressions: T.M and (*T).M are functions whose first parameter
// is the receiver; a promoted method and an interface's method too.
package main

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }
func (c Counter) Add(k ...int) int {
	for _, x := range k {
		c.n += x
	}
	return c.n
}

type Named struct {
	Counter
	name string
}

type Getter interface{ Get() int }

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s Stack[T]) Len() int  { return len(s.items) }

func main() {
	inc := (*Counter).Inc
	get := Counter.Get
	c := Counter{}
	inc(&c)
	inc(&c)
	fmt.Println(get(c), (*Counter).Get(&c), Counter.Add(c, 1, 2, 3), Counter.Add(c))
	fmt.Printf("%T | %T | %T\n", inc, get, Counter.Add)
	n := Named{name: "x"}
	(*Named).Inc(&n)
	fmt.Println(Named.Get(n), n.n)
	g := Getter.Get
	fmt.Println(g(c), g(&n))
	fmt.Printf("%T\n", g)
	push := (*Stack[string]).Push
	var s Stack[string]
	push(&s, "a")
	push(&s, "b")
	fmt.Println(Stack[string].Len(s), s.items)
	fs := []func(Counter) int{Counter.Get, func(c Counter) int { return -c.n }}
	for _, f := range fs {
		fmt.Println(f(c))
	}
	fmt.Println(strings.Repeat("-", get(c)))
	b := new(strings.Builder)
	write := (*strings.Builder).WriteString
	write(b, "built")
	fmt.Println(b.String())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
2 2 8 2
func(*main.Counter) | func(main.Counter) int | func(main.Counter, ...int) int
1 1
2 1
func(main.Getter) int
2 [a b]
2
-2
--
built
*/
