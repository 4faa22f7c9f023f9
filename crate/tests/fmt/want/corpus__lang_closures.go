// Closures capture variables by reference; Go 1.22 gives each loop iteration its own variable.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c())
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, v := range []string{"a", "b"} {
		fs = append(fs, func() int { return len(v) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	k := 3
	fmt.Println(apply([]int{1, 2, 3}, func(v int) int { return v * k }))
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			a, b = b, a+b
			return a
		}
	}()
	for i := 0; i < 8; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
3
3
0 10 20 1 1
[3 6 9]
1 1 2 3 5 8 13 21
*/
