// string(r) reads the whole rune slice (Go's TestRaceSliceRuneToString):
// the conversion in the goroutine races main's write of r[9].
package main

import "fmt"

func main() {
	c := make(chan string)
	r := make([]rune, 10)
	go func() {
		c <- string(r)
	}()
	r[9] = 42
	s := <-c
	fmt.Println(len(s))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.slicerunetostring runtime/string.go:261", "main.main.func1 main.go:11"], ["write", "main.main main.go:13"]]]
stdout:
10
*/
