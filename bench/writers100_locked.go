// Bench: 100 goroutines insert into one map under a mutex (runs to the end).
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := make(map[int]int)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			mu.Lock()
			m[k] = k * 2
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(len(m))
}
