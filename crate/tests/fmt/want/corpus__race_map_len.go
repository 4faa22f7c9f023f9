// len(m) reads the map: it races with a concurrent insert.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	done := make(chan bool)
	go func() {
		m[1] = true
		done <- true
	}()
	n := len(m)
	<-done
	fmt.Println(n >= 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
true
*/
