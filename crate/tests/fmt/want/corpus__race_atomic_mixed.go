// An atomic write and a plain read of the same variable race.
package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var flag int32
	done := make(chan bool)
	go func() {
		atomic.StoreInt32(&flag, 1)
		done <- true
	}()
	v := flag
	<-done
	fmt.Println(v >= 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
true
*/
