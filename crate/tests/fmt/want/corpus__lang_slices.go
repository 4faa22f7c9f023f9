// Slices share backing arrays; append grows with Go's rule; copy; 3-index slices.
package main

import "fmt"

func main() {
	var s []int
	caps := []int{}
	for i := 0; i < 20; i++ {
		s = append(s, i)
		caps = append(caps, cap(s))
	}
	fmt.Println(caps, s[:2])
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b[0] = 20
	fmt.Println(a, b, len(b), cap(b))
	b = append(b, 30)
	fmt.Println(a, b)
	c := a[1:2:3]
	c = append(c, 40)
	c = append(c, 50)
	fmt.Println(a, c, cap(c))
	d := make([]string, 2, 10)
	n := copy(d, []string{"x", "y", "z"})
	fmt.Println(n, d, len(d), cap(d))
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), nilS)
	m := [][]int{{1}, {2, 3}}
	m[1] = append(m[1], 4)
	fmt.Println(m, len(m[1]))
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
	strs := make([]string, 0, 1)
	strs = append(strs, "a", "b", "c")
	fmt.Println(strs, cap(strs))
	clear(a)
	fmt.Println(a)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[1 2 4 4 8 8 8 8 16 16 16 16 16 16 16 16 32 32 32 32] [0 1]
[1 20 3 4 5] [20 3] 2 4
[1 20 3 30 5] [20 3 30]
[1 20 40 30 5] [20 40 50] 4
2 [x y] 2 10
true 0 []
[[1] [2 3 4]] 3
abcd
[a b c] 3
[0 0 0 0 0]
*/
