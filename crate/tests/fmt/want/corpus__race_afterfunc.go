// A write made after the time.AfterFunc call is not ordered before f: f
// runs in another goroutine, so the write and f's read race.
package main

import (
	"fmt"
	"time"
)

func main() {
	limit := 1
	done := make(chan int)
	time.AfterFunc(5*time.Millisecond, func() {
		done <- limit
	})
	limit = 2
	fmt.Println(<-done > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main.func1 main.go:14"], ["write", "main.main main.go:16"]]]
stdout:
true
*/
