// Range over functions (Go 1.23): one, two and zero iteration variables,
// break, continue, labelled break and continue of outer loops, return from
// inside the body (also from nested range-over-function loops), iter.Seq
// and iter.Seq2 from methods and generic functions, and the body's
// variables shared with the code around the loop.
package main

import (
	"fmt"
	"iter"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (count stopped at", i, ")")
				return
			}
		}
	}
}

func Enumerate[T any](s []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

type Bag struct{ items []string }

func (b *Bag) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, s := range b.items {
			if !yield(s) {
				return
			}
		}
	}
}

func times(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func find(seq iter.Seq[int], want int) (int, bool) {
	steps := 0
	for v := range seq {
		steps++
		if v == want {
			return steps, true
		}
	}
	return steps, false
}

func pairSum() int {
	for a := range Count(5) {
		for b := range Count(5) {
			if a*b == 6 {
				return a*10 + b
			}
		}
	}
	return -1
}

func main() {
	sum := 0
	for v := range Count(5) {
		sum += v
	}
	fmt.Println("sum", sum)

	for i, s := range Enumerate([]string{"a", "b", "c"}) {
		if i == 1 {
			continue
		}
		fmt.Println(i, s)
	}

	for v := range Count(100) {
		if v == 3 {
			break
		}
		fmt.Println("v", v)
	}

	n := 0
	for range times {
		n++
	}
	fmt.Println("times", n)

	evens := Filter(Count(10), func(x int) bool { return x%2 == 0 })
	var got []int
	for v := range evens {
		got = append(got, v)
	}
	fmt.Println(got)

	b := &Bag{items: []string{"x", "y"}}
	for s := range b.All() {
		fmt.Print(s, " ")
	}
	fmt.Println()

	fmt.Println(find(Count(10), 4))
	fmt.Println(find(Count(3), 7))
	fmt.Println(pairSum())

outer:
	for i := 0; i < 3; i++ {
		for v := range Count(3) {
			if v == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("i", i, "v", v)
		}
	}

	var last int
	for last = range Count(4) {
	}
	fmt.Println("last", last)

	fibo := func(yield func(x int) bool) {
		f0, f1 := 0, 1
		for yield(f0) {
			f0, f1 = f1, f0+f1
		}
	}
	for x := range fibo {
		if x >= 100 {
			break
		}
		fmt.Printf("%d ", x)
	}
	fmt.Println()
	fmt.Printf("%T\n", Count(1))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
sum 10
0 a
2 c
v 0
v 1
v 2
  (count stopped at 3 )
times 3
[0 2 4 6 8]
x y
  (count stopped at 4 )
5 true
3 false
  (count stopped at 3 )
  (count stopped at 2 )
23
i 0 v 0
  (count stopped at 1 )
i 1 v 0
  (count stopped at 1 )
  (count stopped at 0 )
last 3
0 1 1 2 3 5 8 13 21 34 55 89
iter.Seq[int]
*/
