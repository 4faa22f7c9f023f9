// The same global, behind a mutex.
package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.Mutex
	count int
)

func bump(wg *sync.WaitGroup) {
	defer wg.Done()
	mu.Lock()
	count++
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go bump(&wg)
	}
	wg.Wait()
	fmt.Println(count)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
10
*/
