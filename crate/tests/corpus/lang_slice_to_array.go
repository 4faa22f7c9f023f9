// Go 1.20: converting a slice to an array copies its first N elements and
// panics when the slice is shorter.
package main

import "fmt"

type pt struct{ x, y int }

func main() {
	s := []int{1, 2, 3, 4}
	a := [3]int(s)
	a[0] = 9
	fmt.Println(a, s)
	ps := []pt{{1, 2}, {3, 4}}
	pa := [2]pt(ps)
	pa[0].x = 100
	fmt.Println(pa, ps)
	var empty []int
	fmt.Println([0]int(empty))
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = [5]int(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[9 2 3] [1 2 3 4]
[{100 2} {3 4}] [{1 2} {3 4}]
[]
recovered: runtime error: cannot convert slice with length 4 to array or pointer to array with length 5
*/
