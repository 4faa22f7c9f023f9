// WaitGroup and a mutex make concurrent updates safe and deterministic in total.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	m := map[int]int{}
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			total += n
			m[n%5]++
		}(i)
	}
	wg.Wait()
	fmt.Println(total, m)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1275 map[0:10 1:10 2:10 3:10 4:10]
*/
