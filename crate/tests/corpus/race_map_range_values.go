// A range that reads values, racing an assignment: runtime.mapIterStart
// against runtime.mapassign_fast64, and the element slot the range copies
// from, as its own location: two reports.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{1: 1}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		m[1] = 2
	}()
	go func() {
		defer wg.Done()
		for k, v := range m {
			_, _ = k, v
		}
	}()
	wg.Wait()
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 2
race-reports: [[["read", "main.main.func2 main.go:21"], ["write", "main.main.func1 main.go:17"]], [["read", "runtime.mapIterStart runtime/map.go:156", "main.main.func2 main.go:21"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:17"]]]
stdout:
1
*/
