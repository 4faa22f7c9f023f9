// select receives the value and the happens-before edge with it.
package main

import (
	"fmt"
	"time"
)

func main() {
	shared := 0
	ch := make(chan int)
	go func() {
		shared = 9
		ch <- shared
	}()
	select {
	case v := <-ch:
		fmt.Println(v, shared)
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
9 9
*/
