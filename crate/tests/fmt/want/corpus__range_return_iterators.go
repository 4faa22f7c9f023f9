// 20,000 calls of a function that returns from inside a range over a map,
// with a delete and a re-insert between calls.
package main

import "fmt"

func any1(m map[int]int) bool {
	for _, v := range m {
		return v >= 0
	}
	return false
}

func main() {
	m := map[int]int{}
	for i := 0; i < 16; i++ {
		m[i] = i
	}
	yes := 0
	for i := 0; i < 20000; i++ {
		if any1(m) {
			yes++
		}
		delete(m, i%16)
		m[i%16] = i
	}
	fmt.Println(yes, len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
20000 16
*/
