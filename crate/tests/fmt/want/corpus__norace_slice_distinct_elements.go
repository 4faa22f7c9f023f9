// Each goroutine writes its own element: no race.
package main

import (
	"fmt"
	"sync"
)

func main() {
	s := make([]int, 8)
	var wg sync.WaitGroup
	for i := range s {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s[i] = i * 3
		}()
	}
	wg.Wait()
	fmt.Println(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[0 3 6 9 12 15 18 21]
*/
