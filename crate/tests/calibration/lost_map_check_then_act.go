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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.39,1.67,2.59+1.18,1.99,2.89 date=2026-12-02T12:58:28Z+2026-12-02T12:55:15Z median-ms=2.6+3.3
{"n": 400, "exit": 0, "stderr": null, "stdout": "10\n"}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.39,1.67,2.59+1.18,1.99,2.89 date=2026-12-02T12:58:28Z+2026-12-02T12:55:15Z median-ms=2.8+3.7
{"n": 378, "exit": 0, "stderr": null, "stdout": "10\n"}
{"n": 11, "exit": 0, "stderr": null, "stdout": "9\n"}
{"n": 4, "exit": 0, "stderr": null, "stdout": "8\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "6\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "7\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "2\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "3\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "4\n"}
*/
