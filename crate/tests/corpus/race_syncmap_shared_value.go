// sync.Map protects its entries, not the memory they point to.
package main

import (
	"fmt"
	"sync"
)

type counter struct{ n int }

func main() {
	var m sync.Map
	m.Store("c", &counter{})
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _ := m.Load("c")
			v.(*counter).n++
		}()
	}
	wg.Wait()
	fmt.Println("ok")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["read", "main.main.func1 main.go:20"], ["write", "main.main.func1 main.go:20"]]]
stdout:
ok
*/
