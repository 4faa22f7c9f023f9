// sync.Once: what f writes is visible to every caller of Do.
package main

import (
	"fmt"
	"sync"
)

var (
	once  sync.Once
	table map[string]int
)

func get(k string) int {
	once.Do(func() { table = map[string]int{"a": 1, "b": 2} })
	return table[k]
}

func main() {
	var wg sync.WaitGroup
	res := make([]int, 4)
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = get("b")
		}()
	}
	wg.Wait()
	fmt.Println(res)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[2 2 2 2]
*/
