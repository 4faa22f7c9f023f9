// String keys: runtime.mapassign_faststr against a comma-ok lookup
// (runtime.mapaccess2_faststr), and the element slot of "a".
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{"a": 0}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		m["a"] = 1
	}()
	go func() {
		defer wg.Done()
		v, ok := m["a"]
		_, _ = v, ok
	}()
	wg.Wait()
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 2
race-reports: [[["read", "main.main.func2 main.go:20"], ["write", "main.main.func1 main.go:16"]], [["read", "runtime.mapaccess2_faststr internal/runtime/maps/runtime_faststr.go:120", "main.main.func2 main.go:20"], ["write", "runtime.mapassign_faststr internal/runtime/maps/runtime_faststr.go:261", "main.main.func1 main.go:16"]]]
stdout:
1
*/
