// fmt.Sprint and Sprintf("%v") of a map read it like a range does; the writer
// wrote earlier in time but nothing orders it before them: a race.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool, 1)
	go func() {
		m["b"] = 2
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	s := fmt.Sprint(m) + " " + fmt.Sprintf("%v", m)
	<-done
	fmt.Println(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
map[a:1 b:2] map[a:1 b:2]
*/
