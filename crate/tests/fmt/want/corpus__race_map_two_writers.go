// Two goroutines write different keys of one map: still a race on the map.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); m["a"] = 1 }()
	go func() { defer wg.Done(); m["b"] = 2 }()
	wg.Wait()
	fmt.Println(len(m) <= 2)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["write", "runtime.mapassign_faststr internal/runtime/maps/runtime_faststr.go:261", "main.main.func1 main.go:13"], ["write", "runtime.mapassign_faststr internal/runtime/maps/runtime_faststr.go:261", "main.main.func2 main.go:14"]]]
stdout:
true
*/
