// Three panics: the middle one is recovered by a later deferred call
// that panics again; the first, aborted, is printed all the same.
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		panic("C")
	}()
	defer func() {
		panic("B")
	}()
	panic("A")
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: A
stderr-funcs: main.main.func1 main.main.func2 main.main
stdout:
recovered: B
*/
