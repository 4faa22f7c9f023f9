// Pointers to sync literals shared through a struct literal: &sync.Mutex{} and
// &sync.WaitGroup{} in fields; the shared mutex orders the writes: no race.
package main

import (
	"fmt"
	"sync"
)

type shared struct {
	mu *sync.Mutex
	wg *sync.WaitGroup
	m  map[int]int
}

func main() {
	s := shared{mu: &sync.Mutex{}, wg: &sync.WaitGroup{}, m: map[int]int{}}
	for i := 0; i < 5; i++ {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			s.mu.Lock()
			defer s.mu.Unlock()
			s.m[i%2] += i
		}()
	}
	s.wg.Wait()
	fmt.Println(s.m)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
map[0:6 1:4]
*/
