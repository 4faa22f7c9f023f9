// Printing a map iterates it, so printing while another goroutine writes
// dies like a range would: "concurrent map iteration and map write".
package main

import "fmt"

func main() {
	m := map[int]int{}
	go func() {
		for i := 0; ; i++ {
			m[i%100] = i
		}
	}()
	for i := 0; i < 100000; i++ {
		_ = fmt.Sprint(m)
	}
	fmt.Println("done")
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: yes
stderr-first-line: fatal error: concurrent map iteration and map write
race-reports: [[["read", "reflect.mapIterNext reflect/map.go:233", "reflect.(*MapIter).Next reflect/map.go:390", "reflect.(*MapIter).Next reflect/map.go:390", "internal/fmtsort.Sort internal/fmtsort/sort.go:59", "fmt.(*pp).printValue fmt/print.go:804", "fmt.(*pp).printArg fmt/print.go:749", "fmt.(*pp).doPrint fmt/print.go:1193", "fmt.Sprint fmt/print.go:271", "main.main main.go:15"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:11"]], [["read", "reflect.mapIterStart reflect/map.go:220", "reflect.(*MapIter).Next reflect/map.go:385", "reflect.(*MapIter).Next reflect/map.go:385", "internal/fmtsort.Sort internal/fmtsort/sort.go:59", "fmt.(*pp).printValue fmt/print.go:804", "fmt.(*pp).printArg fmt/print.go:749", "fmt.(*pp).doPrint fmt/print.go:1193", "fmt.Sprint fmt/print.go:271", "main.main main.go:15"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:11"]], [["read", "reflect.maplen runtime/map.go:284", "reflect.Value.lenNonSlice reflect/value.go:1877", "reflect.Value.Len reflect/value.go:1866", "internal/fmtsort.Sort internal/fmtsort/sort.go:56", "fmt.(*pp).printValue fmt/print.go:804", "fmt.(*pp).printArg fmt/print.go:749", "fmt.(*pp).doPrint fmt/print.go:1193", "fmt.Sprint fmt/print.go:271", "main.main main.go:15"], ["write", "runtime.mapassign_fast64 internal/runtime/maps/runtime_fast64.go:182", "main.main.func1 main.go:11"]], [["read", "reflect.typedmemmove runtime/mbarrier.go:213", "reflect.copyVal reflect/value.go:1897", "reflect.(*MapIter).Value reflect/map.go:343", "internal/fmtsort.Sort internal/fmtsort/sort.go:60", "fmt.(*pp).printValue fmt/print.go:804", "fmt.(*pp).printArg fmt/print.go:749", "fmt.(*pp).doPrint fmt/print.go:1193", "fmt.Sprint fmt/print.go:271", "main.main main.go:15"], ["write", "main.main.func1 main.go:11"]]]
fatal-funcs-seen: [["internal/runtime/maps.fatal runtime/panic.go:1195", "internal/runtime/maps.(*Iter).Next internal/runtime/maps/table.go:882", "reflect.mapIterStart reflect/map.go:227", "reflect.(*MapIter).Next reflect/map.go:385", "internal/fmtsort.Sort internal/fmtsort/sort.go:59", "fmt.(*pp).printValue fmt/print.go:804", "fmt.(*pp).printArg fmt/print.go:749", "fmt.(*pp).doPrint fmt/print.go:1193", "fmt.Sprint fmt/print.go:271", "main.main"]]
stdout:
*/
