// The writer locks, the reader forgets to.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	m := map[int]int{}
	done := make(chan struct{})
	go func() {
		mu.Lock()
		m[1] = 1
		mu.Unlock()
		close(done)
	}()
	_ = m[1]
	<-done
	fmt.Println("done")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
done
*/
