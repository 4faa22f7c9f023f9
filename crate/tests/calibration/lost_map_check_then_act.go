// Check-then-act on a mutex-guarded map: each Get and Set is locked, the
// pair is not. Ten goroutines each add one: the final value.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *store) get(k string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[k]
}

func (s *store) set(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

func main() {
	s := &store{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := s.get("hits")
			s.set("hits", v+1)
		}()
	}
	wg.Wait()
	fmt.Println(s.get("hits"))
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=100 cores=2 load=14.06,16.51,15.74 date=2026-12-02T12:02:59Z median-ms=2.5
{"n": 100, "exit": 0, "stderr": null, "stdout": "10\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=100 cores=2 load=14.06,16.51,15.74 date=2026-12-02T12:02:59Z median-ms=3.3
{"n": 100, "exit": 0, "stderr": null, "stdout": "10\n"}
*/
