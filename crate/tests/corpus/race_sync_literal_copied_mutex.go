// A struct holding sync.Mutex{} is stored by value in a map: each goroutine
// locks its own copy of the mutex, so the shared counter is not protected.
package main

import (
	"fmt"
	"sync"
)

type guarded struct {
	mu sync.Mutex
	id int
}

var hits int

func main() {
	m := map[string]guarded{"g": {mu: sync.Mutex{}, id: 1}}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		g := m["g"]
		wg.Add(1)
		go func() {
			defer wg.Done()
			g.mu.Lock()
			hits++
			g.mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(hits)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main.func1 main.go:26"], ["write", "main.main.func1 main.go:26"]]]
stdout:
2
*/
