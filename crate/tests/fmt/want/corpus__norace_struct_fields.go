// Different fields of a struct are different memory: no race.
package main

import (
	"fmt"
	"sync"
)

type stats struct{ hits, misses int }

func main() {
	s := &stats{}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); s.hits++ }()
	go func() { defer wg.Done(); s.misses++ }()
	wg.Wait()
	fmt.Println(s.hits, s.misses)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1 1
*/
