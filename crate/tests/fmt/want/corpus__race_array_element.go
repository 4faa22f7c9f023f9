// A shared array element written by a goroutine and read by main.
package main

import "fmt"

func main() {
	var arr [3]int
	done := make(chan bool)
	go func() {
		arr[2] = 7
		done <- true
	}()
	v := arr[2]
	<-done
	fmt.Println(v >= 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:13"], ["write", "main.main.func1 main.go:10"]]]
stdout:
true
*/
