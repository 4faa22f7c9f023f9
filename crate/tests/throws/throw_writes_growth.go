// Two goroutines inserting ever new keys: the map keeps growing, so a write
// can land inside the other one's rehash (Go rehashes a full table inside one
// write, with the writing flag set) and throw "concurrent map writes".
package main

import "fmt"

func main() {
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			m[i] = i
		}
	}()
	for i := 0; i < 1000000; i++ {
		m[-i-1] = i
	}
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: yes
stderr-first-line: fatal error: concurrent map writes
race-reports: [[["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main main.go:16"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:12"]]]
fatal-funcs-seen: [["internal/runtime/maps.fatal runtime/panic.go:1195", "main.main.func1", "created-by:main.main"], ["internal/runtime/maps.fatal runtime/panic.go:1195", "main.main"]]
stdout:
*/
