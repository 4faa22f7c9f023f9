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
race-count: 1
race-reports: [[["read", "runtime.mapaccess2_fast64 internal/runtime/maps/runtime_fast64.go:22", "runtime.mapaccess1_fast64 internal/runtime/maps/runtime_fast64.go:17"], ["write", "runtime.mapclear runtime/map.go:178", "main.main.func1 main.go:10"]]]
stdout:
0
*/
