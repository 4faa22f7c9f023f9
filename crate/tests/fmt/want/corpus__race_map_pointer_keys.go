// Pointer keys: the assignment is runtime.mapassign_fast64ptr; the lookup
// runtime.mapaccess2_fast64 under runtime.mapaccess1_fast64.
package main

import (
	"fmt"
	"sync"
)

var a, b int

func main() {
	m := map[*int]int{&a: 1}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		m[&b] = 2
	}()
	go func() {
		defer wg.Done()
		_ = m[&a]
	}()
	wg.Wait()
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.mapaccess2_fast64 internal/runtime/maps/runtime_fast64.go:22", "runtime.mapaccess1_fast64 internal/runtime/maps/runtime_fast64.go:17"], ["write", "runtime.mapassign_fast64ptr internal/runtime/maps/runtime_fast64.go:400", "main.main.func1 main.go:18"]]]
stdout:
2
*/
