// string(data) racing a copy that overwrites the slice (Go's TestRaceSlice4).
package main

import (
	"fmt"
	"sync"
)

func main() {
	data := []byte("hello there")
	var wg sync.WaitGroup
	n := 0
	wg.Add(1)
	go func() {
		n = len(string(data))
		wg.Done()
	}()
	copy(data, data[2:])
	wg.Wait()
	fmt.Println(n, string(data))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.slicebytetostring runtime/string.go:140", "main.main.func1 main.go:15"], ["write", "runtime.slicecopy runtime/slice.go:392", "main.main main.go:18"]]]
stdout:
11 llo therere
*/
