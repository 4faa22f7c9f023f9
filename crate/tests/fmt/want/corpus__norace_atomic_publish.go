// An atomic flag publishes data written before it.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var ready atomic.Bool
	data := 0
	go func() {
		data = 11
		ready.Store(true)
	}()
	for !ready.Load() {
		runtime.Gosched()
	}
	fmt.Println(data)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
11
*/
