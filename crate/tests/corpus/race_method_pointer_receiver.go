// A pointer-receiver method mutates shared state from two goroutines.
package main

import (
	"fmt"
	"sync"
)

type stats struct{ hits int }

func (s *stats) hit() { s.hits++ }

func main() {
	s := &stats{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.hit()
		}()
	}
	wg.Wait()
	fmt.Println(s.hits > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.(*stats).hit main.go:11", "main.main.func1 main.go:20"], ["write", "main.(*stats).hit main.go:11", "main.main.func1 main.go:20"]]]
stdout:
true
*/
