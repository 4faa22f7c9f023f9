// string(r) racing a write of the first rune (the conversion reads r[0] too).
package main

import "fmt"

func main() {
	r := []rune("héllo")
	done := make(chan int)
	go func() {
		done <- len([]rune(string(r)))
	}()
	r[0] = 'j'
	fmt.Println(<-done)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "runtime.slicerunetostring runtime/string.go:261", "main.main.func1 main.go:10"], ["write", "main.main main.go:12"]]]
stdout:
5
*/
