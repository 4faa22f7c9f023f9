// A string variable written while read.
package main

import "fmt"

func main() {
	status := "starting"
	done := make(chan bool)
	go func() {
		status = "running"
		done <- true
	}()
	s := status
	<-done
	fmt.Println(len(s) > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:13"], ["write", "main.main.func1 main.go:10"]]]
stdout:
true
*/
