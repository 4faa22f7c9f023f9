// sync.OnceFunc fills a map in one goroutine; another reads the map directly, not through the
// function: nothing orders the write and the read, so they race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[string]int{}
	fill := sync.OnceFunc(func() { m["k"] = 1 })
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fill()
	}()
	go func() {
		defer wg.Done()
		_ = m["k"]
	}()
	wg.Wait()
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 2
race-reports: [[["read", "main.main.func3 main.go:21"], ["write", "main.main.func1 main.go:12", "sync.OnceFunc.func1.1 sync/oncefunc.go:33"]], [["read", "runtime.mapaccess2_faststr internal/runtime/maps/runtime_faststr.go:120", "runtime.mapaccess1_faststr internal/runtime/maps/runtime_faststr.go:115"], ["write", "runtime.mapassign_faststr internal/runtime/maps/runtime_faststr.go:261", "main.main.func1 main.go:12", "sync.OnceFunc.func1.1 sync/oncefunc.go:33"]]]
stdout:
1
*/
