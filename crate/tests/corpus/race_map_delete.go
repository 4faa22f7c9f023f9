// delete is a write: two deleting goroutines race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{1: 1, 2: 2}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); delete(m, 1) }()
	go func() { defer wg.Done(); delete(m, 2) }()
	wg.Wait()
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["write", "runtime.mapdelete_fast64 internal/runtime/maps/runtime_fast64.go:544", "main.main.func1 main.go:13"], ["write", "runtime.mapdelete_fast64 internal/runtime/maps/runtime_fast64.go:544", "main.main.func2 main.go:14"]]]
stdout:
0
*/
