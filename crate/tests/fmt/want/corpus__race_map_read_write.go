// A read and a write of one map from two goroutines race.
package main

import "fmt"

func main() {
	m := map[int]int{1: 1}
	done := make(chan bool)
	go func() {
		m[2] = 2
		done <- true
	}()
	_ = m[1]
	<-done
	fmt.Println("done")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.mapaccess2_fast64 internal/runtime/maps/runtime_fast64.go:22", "runtime.mapaccess1_fast64 internal/runtime/maps/runtime_fast64.go:17"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:10"]]]
stdout:
done
*/
