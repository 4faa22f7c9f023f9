// Bench: 100 goroutines insert into one map (racy on purpose).
package main

import (
	"fmt"
	"sync"
)

func main() {
	m := make(map[int]int)
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			m[k] = k * 2
		}(i)
	}
	wg.Wait()
	fmt.Println(len(m))
}
