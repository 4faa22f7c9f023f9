// clear(m) writes the map.
package main

import "fmt"

func main() {
	m := map[int]int{1: 1}
	done := make(chan bool)
	go func() {
		clear(m)
		done <- true
	}()
	_ = m[1]
	<-done
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
0
*/
