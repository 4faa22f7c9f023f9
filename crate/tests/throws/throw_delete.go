// delete racing assignments: the deleting goroutine throws inside
// internal/runtime/maps.(*Map).Delete, the assigning one in mapassign.
package main

import "fmt"

func main() {
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			delete(m, i%100)
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
race-reports: [[["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main main.go:15"], ["write", "runtime.mapdelete_fast64 internal/runtime/maps/runtime_fast64.go:544", "main.main.func1 main.go:11"]]]
fatal-funcs-seen: [["internal/runtime/maps.fatal runtime/panic.go:1195", "internal/runtime/maps.(*Map).Delete internal/runtime/maps/map.go:677", "main.main.func1", "created-by:main.main"], ["internal/runtime/maps.fatal runtime/panic.go:1195", "internal/runtime/maps.(*Map).Delete internal/runtime/maps/map.go:703", "main.main.func1", "created-by:main.main"], ["internal/runtime/maps.fatal runtime/panic.go:1195", "main.main"]]
stdout:
*/
