// A write with an unhashable key racing another goroutine's writes. Go checks
// the map's writing flag before hashing the key, so a try that lands inside the
// other goroutine's write dies with "concurrent map writes"; tries outside
// panic with the unhashable key and are recovered. (Hashing first would turn
// every try into a recovered panic and let the program finish.)
package main

import "fmt"

func main() {
	m := map[any]int{}
	started := make(chan bool)
	go func() {
		started <- true
		for i := 0; ; i++ {
			m[i%64] = i
		}
	}()
	<-started
	recovered := 0
	for i := 0; i < 20000; i++ {
		func() {
			defer func() {
				if recover() != nil {
					recovered++
				}
			}()
			m[[]int{i}] = i
		}()
	}
	fmt.Println("finished", recovered)
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: yes
stderr-first-line: fatal error: concurrent map writes
race-reports: [[["write", "runtime.mapassign internal/runtime/maps/runtime.go:143", "main.main.func1 main.go:16"], ["write", "runtime.mapassign internal/runtime/maps/runtime.go:143", "main.main.func2 main.go:28", "main.main main.go:29"]]]
fatal-funcs-seen: [["internal/runtime/maps.fatal runtime/panic.go:1195", "main.main.func2", "main.main"]]
stdout:
*/
