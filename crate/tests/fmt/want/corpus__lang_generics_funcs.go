// Generic functions: inference from arguments (through slices, maps,
// function types and a defined slice type), untyped constants taking the
// default type of the largest kind, explicit instantiation, constraints
// with ~ and unions, and %T of instantiated functions.
package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, x := range s {
		r = append(r, f(x))
	}
	return r
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var r []T
	for _, x := range s {
		if keep(x) {
			r = append(r, x)
		}
	}
	return r
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range s {
		acc = f(acc, x)
	}
	return acc
}

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func First[S ~[]E, E any](s S) E {
	return s[0]
}

type Celsius float64

type IDs []int

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}))
	fmt.Println(Sum([]Celsius{10, 20.5}))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
	fmt.Println(Filter([]string{"go", "rust", "c"}, func(s string) bool { return len(s) > 1 }))
	fmt.Println(Reduce([]int{1, 2, 3, 4}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}))
	fmt.Println(Max(3, 4.5), Max("a", "b"), Max[float64](2, 1))
	x := Max(3, 7)
	fmt.Printf("%T %v\n", x, x)
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index(IDs{4, 5}, 5))
	fmt.Println(First(IDs{9, 8}), First([]string{"x"}))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil)
	f := Map[int, int]
	fmt.Printf("%T\n", f)
	fmt.Println(f([]int{1, 2}, func(i int) int { return -i }))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
6 3.75
30.5
[* ** ***]
[go rust]
1234
2
4.5 b 2
int 7
2 1
9 x
"" 0 true
func([]int, func(int) int) []int
[-1 -2]
*/
