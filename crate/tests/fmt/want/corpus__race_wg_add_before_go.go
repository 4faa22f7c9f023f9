// The fixed variant: Add before the go statement, so it happens before Wait,
// and every Done happens before Wait returns: no race.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var data [3]int
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			time.Sleep(10 * time.Millisecond)
			data[i] = i + 1
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(data)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[1 2 3]
*/
