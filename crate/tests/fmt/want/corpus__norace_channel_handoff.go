// Handing a map over a channel orders the accesses: no race.
package main

import "fmt"

func main() {
	m := map[int]int{}
	ch := make(chan map[int]int)
	go func() {
		m[1] = 1
		ch <- m
	}()
	got := <-ch
	got[2] = 2
	fmt.Println(len(got))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
2
*/
