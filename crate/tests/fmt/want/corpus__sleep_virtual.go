// time.Sleep orders goroutines by (virtual) time; a mutex keeps the log race-free.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var log []string
	for _, d := range []int{30, 10, 20} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			log = append(log, fmt.Sprint(ms))
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(log)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[10 20 30]
*/
