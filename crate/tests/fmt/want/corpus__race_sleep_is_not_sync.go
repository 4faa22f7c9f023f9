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
stdout:
1
*/
