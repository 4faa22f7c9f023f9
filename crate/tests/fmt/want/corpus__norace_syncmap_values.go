// Values handed over through sync.Map Store/Load are ordered.
package main

import (
	"fmt"
	"sync"
)

type box struct{ v int }

func main() {
	var m sync.Map
	done := make(chan bool)
	go func() {
		b := &box{}
		b.v = 7
		m.Store("k", b)
		done <- true
	}()
	<-done
	v, _ := m.Load("k")
	fmt.Println(v.(*box).v)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
7
*/
