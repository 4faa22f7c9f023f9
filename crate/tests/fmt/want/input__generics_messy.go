package main

import "fmt"

type Number interface {
	~int | ~float64
	String() string
}
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Get() (K, V) { return p.Key, p.Val }
func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, x := range s {
		r = append(r, f(x))
	}
	return r
}

type List[T any] struct {
	next *List[T]
	v    T
}

func Sum[T interface{ ~int | ~int64 }, S ~[]T](xs S) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}
func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Println(p.Get())
	fmt.Println(Map[int, string]([]int{1}, func(i int) string { return fmt.Sprint(i) }))
	for x := range func(yield func(int) bool) { yield(1) } {
		fmt.Println(x)
	}
}
