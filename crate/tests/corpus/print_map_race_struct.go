// A map inside a struct printed with %+v is iterated too: a race with the writer.
package main

import (
	"fmt"
	"time"
)

type state struct {
	Name string
	Hits map[string]int
}

func main() {
	s := state{Name: "s", Hits: map[string]int{"x": 1}}
	done := make(chan bool)
	go func() {
		time.Sleep(50 * time.Millisecond)
		delete(s.Hits, "x")
		done <- true
	}()
	fmt.Printf("%+v\n", s)
	<-done
	fmt.Println(len(s.Hits))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "reflect.maplen runtime/map.go:284", "reflect.Value.lenNonSlice reflect/value.go:1877", "reflect.Value.Len reflect/value.go:1866", "internal/fmtsort.Sort internal/fmtsort/sort.go:56", "fmt.(*pp).printValue fmt/print.go:804", "fmt.(*pp).printValue fmt/print.go:841", "fmt.(*pp).printArg fmt/print.go:749", "fmt.(*pp).doPrintf fmt/print.go:1062", "fmt.Fprintf fmt/print.go:216", "fmt.Printf fmt/print.go:225", "main.main main.go:22"], ["write", "runtime.mapdelete_faststr internal/runtime/maps/runtime_faststr.go:409", "main.main.func1 main.go:19"]]]
stdout:
{Name:s Hits:map[x:1]}
0
*/
