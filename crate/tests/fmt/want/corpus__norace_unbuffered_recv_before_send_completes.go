// With an unbuffered channel the receive happens before the send completes.
package main

import "fmt"

func main() {
	data := 0
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		<-ch
		data = 5
		done <- true
	}()
	ch <- 1
	<-done
	fmt.Println(data)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
5
*/
