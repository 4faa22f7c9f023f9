// Main waits on a channel nobody sends to: every goroutine is asleep.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: fatal error: all goroutines are asleep - deadlock!
stdout:
waiting
*/
