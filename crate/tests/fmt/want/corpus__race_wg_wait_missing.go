// Forgetting wg.Wait: main reads before the goroutine is done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	total := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		total = 5
	}()
	fmt.Println(total >= 0)
	wg.Wait()
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:17"], ["write", "main.main.func1 main.go:15"]]]
stdout:
true
*/
