// The same type with a mutex inside.
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	mu   sync.Mutex
	hits map[string]int
}

func (s *stats) hit(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits[k]++
}

func main() {
	s := &stats{hits: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.hit([]string{"a", "b"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(s.hits)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
map[a:3 b:3]
*/
