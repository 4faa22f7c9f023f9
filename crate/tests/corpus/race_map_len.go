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
race-count: 1
race-reports: [[["read", "main.main main.go:13"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:10"]]]
stdout:
true
*/
