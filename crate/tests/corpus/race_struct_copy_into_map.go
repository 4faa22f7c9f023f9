// A struct copied into a map (Go's TestRaceMapInsertPartVal): m[1] = *v reads
// every field of *v, including all of the array x, racing a goroutine's write
// of one element of it.
package main

import "fmt"

type Big struct {
	x [17]int32
}

func main() {
	v := &Big{}
	m := make(map[int]Big)
	ch := make(chan bool, 1)
	go func() {
		v.x[8] = 1
		ch <- true
	}()
	m[1] = *v
	<-ch
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:20"], ["write", "main.main.func1 main.go:17"]]]
stdout:
1
*/
