// Printing a map iterates it: fmt.Println(m) reads every entry, racing a
// goroutine's write (the race is reported on every run). The sleep keeps the two
// apart in time, so the runtime's concurrent-access check never fires; it orders
// nothing for the race detector.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{1: 1, 2: 2}
	done := make(chan bool)
	go func() {
		time.Sleep(50 * time.Millisecond)
		m[3] = 3
		done <- true
	}()
	fmt.Println(m)
	<-done
	fmt.Println(len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "reflect.maplen runtime/map.go:284", "reflect.Value.lenNonSlice reflect/value.go:1877", "reflect.Value.Len reflect/value.go:1866", "internal/fmtsort.Sort internal/fmtsort/sort.go:56", "fmt.(*pp).printValue fmt/print.go:804", "fmt.(*pp).printArg fmt/print.go:749", "fmt.(*pp).doPrintln fmt/print.go:1205", "fmt.Fprintln fmt/print.go:297", "fmt.Println fmt/print.go:307", "main.main main.go:20"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:17"]]]
stdout:
map[1:1 2:2]
3
*/
