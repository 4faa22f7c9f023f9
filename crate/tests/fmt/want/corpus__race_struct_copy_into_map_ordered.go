// The fixed variant: the copy into the map happens after the goroutine's write
// (through the channel): no race, and the map holds the written value.
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
	<-ch
	m[1] = *v
	fmt.Println(m[1].x[8], m[1].x[7])
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1 0
*/
