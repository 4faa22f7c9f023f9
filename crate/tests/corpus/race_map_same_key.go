// Two goroutines assign the same key: Go reports the map (runtime.mapassign_fast64)
// and, apart, the element slot both store into — two reports.
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		m[1] = 1
	}()
	go func() {
		defer wg.Done()
		m[1] = 2
	}()
	wg.Wait()
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 2
race-reports: [[["write", "main.main.func1 main.go:16"], ["write", "main.main.func2 main.go:20"]], [["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:16"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func2 main.go:20"]]]
stdout:
1
*/
