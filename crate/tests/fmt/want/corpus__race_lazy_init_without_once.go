// Lazy initialisation without Once: check-then-set races.
package main

import (
	"fmt"
	"sync"
)

var table map[string]int

func get(k string) int {
	if table == nil {
		table = map[string]int{"a": 1}
	}
	return table[k]
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); get("a") }()
	}
	wg.Wait()
	fmt.Println(get("a"))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
1
*/
