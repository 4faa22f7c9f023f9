// 100,000 ranges over a map that each break after the first entry, with a map
// write between them. Each iterator is dead once its loop is left; nothing of it
// may linger (issue 12: stale iterators made such loops 16x slower).
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 16; i++ {
		m[i] = i
	}
	seen := 0
	for i := 0; i < 100000; i++ {
		for range m {
			seen++
			break
		}
		m[i%16] = i
	}
	fmt.Println(seen, len(m), m[0])
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
100000 16 99984
*/
