// 100,000 sync.Map.Range calls whose callback stops at the first entry by
// returning false, with a Store between them.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	for i := 0; i < 16; i++ {
		m.Store(i, i)
	}
	calls := 0
	for i := 0; i < 100000; i++ {
		m.Range(func(k, v any) bool {
			calls++
			return false
		})
		m.Store(i%16, i)
	}
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return true
	})
	fmt.Println(calls, n)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
100000 16
*/
