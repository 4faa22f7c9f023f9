// A variable declared outside the loop is shared by every closure.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	last := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			last = i
		}()
	}
	wg.Wait()
	fmt.Println(last >= 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["write", "main.main.func1 main.go:16"], ["write", "main.main.func1 main.go:16"]]]
stdout:
true
*/
