// Struct keys take the generic functions: runtime.mapassign against
// runtime.mapdelete (runtime/map.go in Go 1.27), different keys: one report.
package main

import (
	"fmt"
	"sync"
)

type point struct{ x, y int }

func main() {
	m := map[point]int{point{1, 2}: 1}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		m[point{3, 4}] = 2
	}()
	go func() {
		defer wg.Done()
		delete(m, point{1, 2})
	}()
	wg.Wait()
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["write", "runtime.mapassign internal/runtime/maps/runtime.go:143", "main.main.func1 main.go:18"], ["write", "runtime.mapdelete runtime/map.go:135", "main.main.func2 main.go:22"]]]
stdout:
1
*/
