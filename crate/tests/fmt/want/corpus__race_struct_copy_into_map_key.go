// A struct used as a map key is read whole (Go's TestRaceMapInsertPartKey):
// m[*k] = true races a goroutine's write of one array element of *k.
package main

import "fmt"

type Big struct {
	x [17]int32
}

func main() {
	k := &Big{}
	m := make(map[Big]bool)
	ch := make(chan bool, 1)
	go func() {
		k.x[8] = 1
		ch <- true
	}()
	m[*k] = true
	<-ch
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.mapassign internal/runtime/maps/runtime.go:143", "main.main main.go:19"], ["write", "main.main.func1 main.go:16"]]]
stdout:
1
*/
