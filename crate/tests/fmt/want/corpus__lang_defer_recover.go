// defer runs last-in first-out, sees named results, and recover stops a panic.
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body")
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func double() (n int) {
	defer func() { n *= 2 }()
	n = 4
	return n + 1
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	}()
	return "unreached"
}

func main() {
	order()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(double())
	fmt.Println(nested())
	fmt.Println(recover())
	err := errors.New("plain")
	fmt.Println(err, err.Error())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
body
defer 2
defer 1
defer 0
3 <nil>
0 recovered: runtime error: integer divide by zero
10
outer got again: first
<nil>
plain plain
*/
