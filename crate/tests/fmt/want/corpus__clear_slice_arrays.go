// clear on a slice of arrays, and on a sub-slice of structs: zero elements,
// and only in the sub-slice's range.
package main

import "fmt"

type pt struct{ X, Y int }

func main() {
	a := [][2]int{{1, 2}, {3, 4}}
	clear(a)
	fmt.Println(a, a[1][0])
	a[1][1] = 9
	fmt.Println(a)

	p := []pt{{1, 1}, {2, 2}, {3, 3}}
	clear(p[1:])
	fmt.Println(p, p[2].Y)
	p[2].Y = 5
	fmt.Printf("%+v\n", p)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[[0 0] [0 0]] 0
[[0 0] [0 9]]
[{1 1} {0 0} {0 0}] 0
[{X:1 Y:1} {X:0 Y:0} {X:0 Y:5}]
*/
