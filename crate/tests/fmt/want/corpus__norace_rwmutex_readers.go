// Many readers under RLock, one writer under Lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	config := map[string]int{"n": 1}
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.RLock()
			_ = config["n"]
			mu.RUnlock()
		}()
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		config["n"] = 2
		mu.Unlock()
	}()
	wg.Wait()
	fmt.Println(config["n"])
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
2
*/
