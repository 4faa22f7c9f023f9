// time.Sleep orders nothing: this still races.
package main

import (
	"fmt"
	"time"
)

func main() {
	x := 0
	go func() { x = 1 }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(x)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main main.go:13"], ["write", "main.main.func1 main.go:11"]]]
stdout:
1
*/
