// The race runtime's exit sleep lasts one second: a goroutine sleeping two
// seconds after main returns never makes its racy write, so go run -race
// reports nothing.
package main

import (
	"fmt"
	"time"
)

func main() {
	x := 0
	go func() {
		time.Sleep(2 * time.Second)
		x = 1
	}()
	fmt.Println(x)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
0
*/
