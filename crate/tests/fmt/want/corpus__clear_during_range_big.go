// The same over a map with many buckets (and an iterator that has already
// walked part of it): after clear, no further entry is yielded.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 1000; i++ {
		m[i] = i
	}
	n := 0
	for range m {
		n++
		if n == 100 {
			clear(m)
		}
	}
	fmt.Println(n, len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
100 0
*/
