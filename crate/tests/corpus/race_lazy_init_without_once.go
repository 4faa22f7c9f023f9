// Lazy initialisation without Once: check-then-set races.
package main

import (
	"fmt"
	"sync"
)

var table map[string]int

func get(k string) int {
	if table == nil {
		table = map[string]int{"a": 1}
	}
	return table[k]
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); get("a") }()
	}
	wg.Wait()
	fmt.Println(get("a"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 3
race-reports: [[["read", "main.get main.go:12", "main.main.func1 main.go:22"], ["write", "main.get main.go:13", "main.main.func1 main.go:22"]], [["read", "main.get main.go:15", "main.main.func1 main.go:22"], ["write", "main.get main.go:13", "main.main.func1 main.go:22"]], [["read", "runtime.mapaccess2_faststr internal/runtime/maps/runtime_faststr.go:120", "runtime.mapaccess1_faststr internal/runtime/maps/runtime_faststr.go:115"], ["write", "runtime.mapassign_faststr internal/runtime/maps/runtime_faststr.go:261", "main.get main.go:13", "main.main.func1 main.go:22"]]]
stdout:
1
*/
