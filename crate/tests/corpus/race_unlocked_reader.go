// The writer locks, the reader forgets to.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	m := map[int]int{}
	done := make(chan struct{})
	go func() {
		mu.Lock()
		m[1] = 1
		mu.Unlock()
		close(done)
	}()
	_ = m[1]
	<-done
	fmt.Println("done")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.mapaccess2_fast64 internal/runtime/maps/runtime_fast64.go:22", "runtime.mapaccess1_fast64 internal/runtime/maps/runtime_fast64.go:17"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:15"]]]
stdout:
done
*/
