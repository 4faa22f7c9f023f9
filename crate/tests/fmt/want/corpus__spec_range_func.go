// The Go specification's range-over-function examples (go.dev/ref/spec,
// For statements with range clause): a function with no iteration values,
// the Fibonacci generator, and iteration over a recursive tree through a
// method value (cmp.Ordered written out as a local constraint).
package main

import "fmt"

func f(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

type Ordered interface {
	~int | ~float64 | ~string
}

// iteration support for a recursive tree data structure
type Tree[K Ordered, V any] struct {
	left, right *Tree[K, V]
	key         K
	value       V
}

func (t *Tree[K, V]) walk(yield func(key K, val V) bool) bool {
	return t == nil || t.left.walk(yield) && yield(t.key, t.value) && t.right.walk(yield)
}

func (t *Tree[K, V]) Walk(yield func(key K, val V) bool) {
	t.walk(yield)
}

func (t *Tree[K, V]) Insert(k K, v V) *Tree[K, V] {
	if t == nil {
		return &Tree[K, V]{key: k, value: v}
	}
	if k < t.key {
		t.left = t.left.Insert(k, v)
	} else {
		t.right = t.right.Insert(k, v)
	}
	return t
}

func main() {
	// function with no iteration values
	n := 0
	for range f {
		n++
	}
	fmt.Println("f yielded", n, "times")

	// fibo generates the Fibonacci sequence
	fibo := func(yield func(x int) bool) {
		f0, f1 := 0, 1
		for yield(f0) {
			f0, f1 = f1, f0+f1
		}
	}

	// print the Fibonacci numbers below 1000:
	for x := range fibo {
		if x >= 1000 {
			break
		}
		fmt.Printf("%d ", x)
	}
	fmt.Println()

	var t *Tree[string, int]
	for i, k := range []string{"m", "c", "x", "a"} {
		t = t.Insert(k, i)
	}
	for k, v := range t.Walk {
		fmt.Println(k, v)
		if k == "m" {
			break
		}
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
f yielded 3 times
0 1 1 2 3 5 8 13 21 34 55 89 144 233 377 610 987
a 3
c 1
m 0
*/
