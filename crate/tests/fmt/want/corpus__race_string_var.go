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
stdout:
true
*/
