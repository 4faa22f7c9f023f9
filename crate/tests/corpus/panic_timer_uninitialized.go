// A Timer not made by time.NewTimer or time.AfterFunc cannot be used.
package main

import (
	"fmt"
	"time"
)

func main() {
	var t time.Timer
	fmt.Println(t.C == nil)
	t.Reset(time.Second)
}

/* real Go go1.27.3 linux/amd64:
exit: 2
race: no
stderr-first-line: panic: time: Reset called on uninitialized Timer
stderr-funcs: main.main
stdout:
true
*/
