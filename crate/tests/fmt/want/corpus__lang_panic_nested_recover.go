// A panic inside a deferred call, recovered inside it: the first panic
// goes on unwinding afterwards and is recovered by an earlier defer.
package main

import "fmt"

func risky(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("risky %d: %v", n, r)
		}
	}()
	panic(fmt.Sprint("inner ", n))
}

func main() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	defer func() {
		fmt.Println(risky(1))
		fmt.Println(risky(2))
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("first recovered:", r)
		}()
		panic("first")
	}()
	fmt.Println("still running")
	panic("last")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
first recovered: first
still running
risky 1: inner 1
risky 2: inner 2
outer recovered: last
*/
