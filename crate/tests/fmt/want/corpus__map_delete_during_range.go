// Deleting during a range is defined: removed entries are not produced later.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	seen := 0
	for k := range m {
		seen++
		delete(m, k)
		delete(m, 99-k)
	}
	fmt.Println(len(m), seen <= 100, seen >= 50)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
0 true true
*/
