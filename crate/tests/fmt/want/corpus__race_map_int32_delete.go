// Four-byte keys: runtime.mapdelete_fast32 against runtime.mapassign_fast32
// on another key; delete touches no element slot the program sees: one report.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int32]int{1: 1}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		delete(m, 1)
	}()
	go func() {
		defer wg.Done()
		m[2] = 2
	}()
	wg.Wait()
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["write", "runtime.mapassign_fast32 internal/runtime/maps/runtime_fast32.go:187", "main.main.func2 main.go:20"], ["write", "runtime.mapdelete_fast32 internal/runtime/maps/runtime_fast32.go:479", "main.main.func1 main.go:16"]]]
stdout:
1
*/
