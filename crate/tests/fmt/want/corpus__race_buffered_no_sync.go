// A buffered send does not wait for the receiver: writes after it race.
package main

import "fmt"

func main() {
	x := 0
	ch := make(chan int, 1)
	done := make(chan bool)
	go func() {
		<-ch
		x = 1
		done <- true
	}()
	ch <- 0
	x = 2
	<-done
	fmt.Println(x > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["write", "main.main main.go:16"], ["write", "main.main.func1 main.go:12"]]]
stdout:
true
*/
