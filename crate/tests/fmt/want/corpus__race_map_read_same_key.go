// A lookup racing an assignment of the same key: Go 1.27 shows the lookup in
// runtime.mapaccess2_fast64 called by runtime.mapaccess1_fast64 (and not the
// program frame below them), and the element slot races too: two reports.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{1: 0}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		m[1] = 1
	}()
	go func() {
		defer wg.Done()
		v := m[1]
		_ = v
	}()
	wg.Wait()
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 2
race-reports: [[["read", "main.main.func2 main.go:21"], ["write", "main.main.func1 main.go:17"]], [["read", "runtime.mapaccess2_fast64 internal/runtime/maps/runtime_fast64.go:22", "runtime.mapaccess1_fast64 internal/runtime/maps/runtime_fast64.go:17"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:17"]]]
stdout:
1
*/
