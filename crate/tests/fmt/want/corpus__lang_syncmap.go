// sync.Map: Store, Load, LoadOrStore, Delete, Range (order sorted here for a stable print).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	v, ok := m.Load("a")
	fmt.Println(v, ok)
	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 3)
	fmt.Println(act, loaded)
	m.Delete("b")
	_, ok = m.Load("b")
	fmt.Println(ok)
	sum := 0
	count := 0
	m.Range(func(k, v any) bool {
		sum += v.(int)
		count++
		return true
	})
	fmt.Println(sum, count)
	old, had := m.Swap("a", 10)
	fmt.Println(old, had, m.CompareAndSwap("a", 10, 11), m.CompareAndDelete("c", 4))
	v, _ = m.Load("a")
	fmt.Println(v)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1 true
1 true
3 false
false
4 2
1 true true false
11
*/
