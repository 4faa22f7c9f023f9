// Two goroutines write the same field of a shared struct.
package main

import (
	"fmt"
	"sync"
)

type stats struct{ hits, misses int }

func main() {
	s := &stats{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); s.hits++ }()
	go func() { defer wg.Done(); s.hits++ }()
	wg.Wait()
	fmt.Println(s.misses)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main.func1 main.go:15"], ["write", "main.main.func2 main.go:16"]], [["read", "main.main.func2 main.go:16"], ["write", "main.main.func1 main.go:15"]]]
stdout:
0
*/
