// The same write with an unhashable key and no other writer: it panics with the
// unhashable key every time, and the panics are recovered.
package main

import "fmt"

func main() {
	m := map[any]int{}
	for i := 0; i < 64; i++ {
		m[i] = i
	}
	recovered := 0
	var last any
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					recovered++
					last = r
				}
			}()
			m[[]int{i}] = i
		}()
	}
	fmt.Println(recovered, len(m))
	fmt.Println(last)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
3 64
runtime error: hash of unhashable type []int
*/
