// fmt.Sprint and Sprintf("%v") of a map read it like a range does; the writer
// wrote earlier in time but nothing orders it before them: a race.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool, 1)
	go func() {
		m["b"] = 2
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	s := fmt.Sprint(m) + " " + fmt.Sprintf("%v", m)
	<-done
	fmt.Println(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 2
race-reports: [[["read", "reflect.maplen runtime/map.go:284", "reflect.Value.lenNonSlice reflect/value.go:1877", "reflect.Value.Len reflect/value.go:1866", "internal/fmtsort.Sort internal/fmtsort/sort.go:56", "fmt.(*pp).printValue fmt/print.go:804", "fmt.(*pp).printArg fmt/print.go:749", "fmt.(*pp).doPrint fmt/print.go:1193", "fmt.Sprint fmt/print.go:271", "main.main main.go:18"], ["write", "runtime.mapassign_faststr internal/runtime/maps/runtime_faststr.go:261", "main.main.func1 main.go:14"]], [["read", "reflect.typedmemmove runtime/mbarrier.go:213", "reflect.copyVal reflect/value.go:1897", "reflect.(*MapIter).Value reflect/map.go:343", "internal/fmtsort.Sort internal/fmtsort/sort.go:60", "fmt.(*pp).printValue fmt/print.go:804", "fmt.(*pp).printArg fmt/print.go:749", "fmt.(*pp).doPrint fmt/print.go:1193", "fmt.Sprint fmt/print.go:271", "main.main main.go:18"], ["write", "main.main.func1 main.go:14"]]]
stdout:
map[a:1 b:2] map[a:1 b:2]
*/
