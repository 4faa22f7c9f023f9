// Keyed elements in array and slice literals: a key sets the index, the
// elements after it follow on; [...] is as long as the highest index + 1.
package main

import "fmt"

func main() {
	a := [...]int{100, 3: 400, 500}
	fmt.Println(len(a), a)
	b := [5]string{2: "x", "y", 0: "z"}
	fmt.Printf("%q\n", b)
	c := []int{5: 1, 2, 1: 7}
	fmt.Println(len(c), cap(c), c)
	const k = 2
	d := [...]bool{k*2 + 1: true}
	fmt.Println(len(d), d)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
5 [100 0 0 400 500]
["z" "" "x" "y" ""]
7 7 [0 7 0 0 0 1 2]
6 [false false false false false true]
*/
