// clear(m) during a range over m: since Go 1.21 the loop yields none of the
// cleared entries, so it runs exactly once, and the map is empty afterwards.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 8; i++ {
		m[i] = i
	}
	n := 0
	for range m {
		n++
		clear(m)
	}
	fmt.Println(n, len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1 0
*/
