// close happens before a receive that sees the channel closed.
package main

import "fmt"

func main() {
	result := ""
	done := make(chan struct{})
	go func() {
		result = "computed"
		close(done)
	}()
	<-done
	fmt.Println(result)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
computed
*/
