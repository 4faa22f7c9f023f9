// After main returns, go run prints nothing more: the goroutine's print
// 300 ms later never shows, with or without the race detector's exit sleep
// (the ending and the output are go run's). No race: the goroutine touches
// nothing main does.
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(300 * time.Millisecond)
		fmt.Println("late")
	}()
	fmt.Println("main")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
main
*/
