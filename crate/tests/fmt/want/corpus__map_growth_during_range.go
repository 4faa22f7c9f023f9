// Entries present for the whole iteration are produced exactly once, even while the map grows.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 10; i++ {
		m[i] = i
	}
	produced := map[int]int{}
	for k := range m {
		produced[k]++
		if k < 10 {
			for j := 0; j < 20; j++ {
				m[1000+k*20+j] = j
			}
		}
	}
	ok := true
	for i := 0; i < 10; i++ {
		if produced[i] != 1 {
			ok = false
		}
	}
	fmt.Println(ok, len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true 210
*/
