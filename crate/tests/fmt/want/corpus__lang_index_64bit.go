// An index beyond 32 bits is out of range, natively and in wasm alike (issue 13).
package main

import "fmt"

func at(b []int, i int) (v int) {
	defer func() {
		fmt.Println(recover())
	}()
	return b[i]
}

func main() {
	s := "hello"
	i := 1<<32 + 2
	fmt.Println(at([]int{1, 2, 3}, i-1))
	fmt.Println(s[i])
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: runtime error: index out of range [4294967298] with length 5
stderr-funcs: main.main
stdout:
runtime error: index out of range [4294967297] with length 3
0
*/
