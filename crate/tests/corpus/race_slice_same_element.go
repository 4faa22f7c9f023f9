// Two goroutines write the same slice element.
package main

import (
	"fmt"
	"sync"
)

func main() {
	s := make([]int, 4)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); s[1] = 10 }()
	go func() { defer wg.Done(); s[1] = 20 }()
	wg.Wait()
	fmt.Println(len(s))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 1
race-reports: [[["write", "main.main.func1 main.go:13"], ["write", "main.main.func2 main.go:14"]]]
stdout:
4
*/
