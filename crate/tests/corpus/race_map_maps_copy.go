// Two goroutines maps.Copy into one map with no lock: the writes inside maps.Copy race (and may throw
// concurrent map writes).
package main

import (
	"fmt"
	"maps"
	"sync"
)

func main() {
	dst := map[int]int{}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			src := map[int]int{g: g, g + 10: g}
			maps.Copy(dst, src)
		}(g)
	}
	wg.Wait()
	fmt.Println(len(dst))
}

/* real Go go1.27.3 linux/amd64:
exit: 0,2
race: yes
race-count: 1
race-reports: [[["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "maps.Copy[go.shape.map[int]int,go.shape.map[int]int,go.shape.int,go.shape.int] maps/maps.go:64", "main.main.func1 main.go:19", "main.main.gowrap1 main.go:20"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "maps.Copy[go.shape.map[int]int,go.shape.map[int]int,go.shape.int,go.shape.int] maps/maps.go:64", "main.main.func1 main.go:19", "main.main.gowrap1 main.go:20"]]]
fatal-funcs-seen: [["internal/runtime/maps.fatal runtime/panic.go:1195", "maps.Copy[...] maps/maps.go:64", "main.main.func1", "created-by:main.main"]]
stdout-seen: ["4\n", ""]
stdout: varies
*/
