// string(b) reads the whole byte slice (Go's TestRaceSliceByteToString):
// the conversion in the goroutine races main's write of b[9].
package main

import "fmt"

func main() {
	c := make(chan string)
	b := make([]byte, 10)
	go func() {
		c <- string(b)
	}()
	b[9] = 42
	s := <-c
	fmt.Println(len(s))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.slicebytetostring runtime/string.go:140", "main.main.func1 main.go:11"], ["write", "main.main main.go:13"]]]
stdout:
10
*/
