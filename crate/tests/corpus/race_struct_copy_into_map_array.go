// A struct variable copied into a map, m[1] = v: the copy reads every field of
// v, so it races a goroutine's write of one element of v's array field.
package main

import "fmt"

type Big struct {
	n int
	x [17]int32
}

func main() {
	var v Big
	m := make(map[int]Big)
	ch := make(chan bool)
	go func() {
		v.x[8] = 1
		ch <- true
	}()
	m[1] = v
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
