// A generic map wrapper without any lock, written from two goroutines: the
// race detector reports it on every run, and the map may throw
// `concurrent map writes` as Go's does.
package main

import (
	"fmt"
	"sync"
)

type Cache[K comparable, V any] struct {
	m map[K]V
}

func (c *Cache[K, V]) Put(k K, v V) { c.m[k] = v }

func main() {
	c := &Cache[int, string]{m: map[int]string{}}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Put(g*1000+i, "v")
			}
		}()
	}
	wg.Wait()
	fmt.Println(len(c.m) <= 200)
}

/* real Go go1.27.3 linux/amd64:
exit: 0,2
race: yes
stderr-first-line: fatal error: concurrent map writes
race-count: 1
race-reports: [[["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.(*Cache[go.shape.int,go.shape.string]).Put main.go:15", "main.main.func1 main.go:25"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.(*Cache[go.shape.int,go.shape.string]).Put main.go:15", "main.main.func1 main.go:25"]]]
fatal-funcs-seen: [["internal/runtime/maps.fatal runtime/panic.go:1195", "main.(*Cache[...]).Put", "main.main.func1", "created-by:main.main"]]
stdout-seen: ["true\n", ""]
stdout: varies
*/
