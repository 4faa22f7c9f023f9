// Two goroutines increment one counter through a method expression:
// the detector sees the same unsynchronised writes as with c.Inc().
package main

import (
	"fmt"
	"sync"
)

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	c := &Counter{}
	inc := (*Counter).Inc
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); inc(c) }()
	go func() { defer wg.Done(); inc(c) }()
	wg.Wait()
	fmt.Println(c.n > 0)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.(*Counter).Inc main.go:12", "main.main.func1 main.go:19"], ["write", "main.(*Counter).Inc main.go:12", "main.main.func2 main.go:20"]], [["read", "main.(*Counter).Inc main.go:12", "main.main.func2 main.go:20"], ["write", "main.(*Counter).Inc main.go:12", "main.main.func1 main.go:19"]]]
stdout:
true
*/
