// An unbuffered send happens before the receive completes.
package main

import "fmt"

func main() {
	data := 0
	ch := make(chan int)
	go func() {
		data = 42
		ch <- 1
	}()
	<-ch
	fmt.Println(data)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
42
*/
