// A select with default does not wait: main reads while the goroutine writes.
package main

import "fmt"

func main() {
	x := 0
	ch := make(chan bool, 1)
	go func() {
		x = 1
		ch <- true
	}()
	select {
	case <-ch:
	default:
	}
	fmt.Println(x >= 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:17"], ["write", "main.main.func1 main.go:10"]]]
stdout:
true
*/
