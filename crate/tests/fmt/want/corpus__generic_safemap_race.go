// A generic map wrapper whose Get forgets the lock: the race detector
// reports the unlocked read against a locked write, through the methods of
// the instantiated type (main.(*SafeMap[...]).Get).
package main

import (
	"fmt"
	"sync"
)

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func NewSafeMap[K comparable, V any]() *SafeMap[K, V] {
	return &SafeMap[K, V]{m: make(map[K]V)}
}

func (s *SafeMap[K, V]) Set(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

func (s *SafeMap[K, V]) Get(k K) (V, bool) {
	v, ok := s.m[k]
	return v, ok
}

func main() {
	sm := NewSafeMap[string, int]()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Set(fmt.Sprint("k", i), i)
		}()
	}
	_, _ = sm.Get("k1")
	wg.Wait()
	fmt.Println(len(sm.m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.mapaccess2_faststr internal/runtime/maps/runtime_faststr.go:120", "main.(*SafeMap[go.shape.string,go.shape.int]).Get main.go:27", "main.main main.go:41"], ["write", "runtime.mapassign_faststr internal/runtime/maps/runtime_faststr.go:261", "main.(*SafeMap[go.shape.string,go.shape.int]).Set main.go:23", "main.main.func1 main.go:38"]]]
stdout:
4
*/
