// A map inside a struct printed with %+v is iterated too: a race with the writer.
package main

import (
	"fmt"
	"time"
)

type state struct {
	Name string
	Hits map[string]int
}

func main() {
	s := state{Name: "s", Hits: map[string]int{"x": 1}}
	done := make(chan bool)
	go func() {
		time.Sleep(50 * time.Millisecond)
		delete(s.Hits, "x")
		done <- true
	}()
	fmt.Printf("%+v\n", s)
	<-done
	fmt.Println(len(s.Hits))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
{Name:s Hits:map[x:1]}
0
*/
