// defer inside a range-over-function body runs when the enclosing
// function returns (after the loop), in last-in first-out order with the
// function's own; return from the body sets the named result.
package main

import "fmt"

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func f() (r int) {
	defer fmt.Println("f deferred", r)
	for x := range seq {
		defer fmt.Println("body defer", x)
		if x == 1 {
			return x * 10
		}
	}
	return -1
}

func main() {
	fmt.Println(f())
	var p func(func(int) bool) = seq
	fmt.Printf("%T\n", p)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
body defer 1
body defer 0
f deferred 0
10
func(func(int) bool)
*/
