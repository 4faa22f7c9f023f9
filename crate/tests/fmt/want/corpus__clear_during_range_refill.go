// Clearing and then re-adding the yielded key: a re-added entry may or may not
// be yielded, but none of the cleared ones is. Counting only keys below 100
// (the original ones) after the clear gives 0.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 50; i++ {
		m[i] = true
	}
	stale := 0
	cleared := false
	for k := range m {
		if cleared && k < 100 {
			stale++
		}
		if !cleared {
			clear(m)
			cleared = true
			m[1000] = true
		}
	}
	fmt.Println(stale, len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
0 1
*/
