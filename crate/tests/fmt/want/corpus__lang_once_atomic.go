// sync.Once runs once; atomics count without a race; RWMutex readers.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var (
	once   sync.Once
	config map[string]string
)

func load() {
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	var hits int64
	var n atomic.Int32
	var rw sync.RWMutex
	shared := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			atomic.AddInt64(&hits, 1)
			n.Add(2)
			rw.RLock()
			_ = config["mode"]
			_ = shared
			rw.RUnlock()
		}()
	}
	wg.Wait()
	rw.Lock()
	shared++
	rw.Unlock()
	fmt.Println(config["mode"], atomic.LoadInt64(&hits), n.Load(), shared)
	var flag atomic.Bool
	fmt.Println(flag.CompareAndSwap(false, true), flag.Load())
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
fast 20 40 1
true true
*/
