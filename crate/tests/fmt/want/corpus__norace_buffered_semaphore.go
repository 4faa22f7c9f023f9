// A buffered channel of capacity 1 as a lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	sem := make(chan struct{}, 1)
	var wg sync.WaitGroup
	n := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			n++
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(n)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
10
*/
