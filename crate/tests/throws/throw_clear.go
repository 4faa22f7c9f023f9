// clear racing assignments: "concurrent map writes" thrown inside
// internal/runtime/maps.(*Map).Clear or in mapassign.
package main

import "fmt"

func main() {
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			clear(m)
		}
	}()
	for i := 0; i < 1000000; i++ {
		m[i%100] = i
	}
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: yes
stderr-first-line: fatal error: concurrent map writes
race-reports: [[["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main main.go:15"], ["write", "runtime.mapclear runtime/map.go:178", "main.main.func1 main.go:11"]]]
fatal-funcs-seen: [["internal/runtime/maps.fatal runtime/panic.go:1195", "internal/runtime/maps.(*Map).Clear internal/runtime/maps/map.go:762", "main.main.func1", "created-by:main.main"], ["internal/runtime/maps.fatal runtime/panic.go:1195", "main.main"]]
stdout:
*/
