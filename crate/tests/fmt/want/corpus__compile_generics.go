// gc's errors for generic code: a type argument that does not satisfy
// comparable, a union, or a method set; a type parameter that cannot be
// inferred; conflicting inferred types; generic names used without
// instantiation; wrong type argument counts; a constraint used as a type.
package main

type Number interface{ ~int | ~float64 }

type Stringer interface{ String() string }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func Eq[T comparable](a, b T) bool { return a == b }

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Show[T Stringer](x T) string { return x.String() }

func Zero[T any]() T {
	var z T
	return z
}

func Max[T int | float64](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Id[T any](x T) T { return x }

func main() {
	_ = Eq([]int{1}, []int{2})
	_ = Sum([]string{"a"})
	_ = Show(3)
	_ = Zero()
	var x int = 1
	var y float64 = 2
	_ = Max(x, y)
	var p Pair[int]
	var b Pair
	f := Id
	var n Number
	_, _, _, _ = p, b, f, n
	_ = Id[int, int](1)
}

/* real Go go1.27.3 linux/amd64:
exit: 1
compile:
main.go:43:8: []int does not satisfy comparable
main.go:44:9: string does not satisfy Number (string missing in ~int | ~float64)
main.go:45:10: int does not satisfy Stringer (missing method String)
main.go:46:10: in call to Zero, cannot infer T (declared at main.go:28:11)
main.go:49:13: in call to Max, type float64 of y does not match inferred type int for T
main.go:50:8: not enough type arguments for type Pair: have 1, want 2
main.go:51:8: cannot use generic type Pair[K comparable, V any] without instantiation
main.go:52:7: cannot use generic function Id without instantiation
main.go:53:8: cannot use type Number outside a type constraint: interface contains type constraints
main.go:55:14: got 2 type arguments but want 1
main.go:55:14: too many errors
*/
