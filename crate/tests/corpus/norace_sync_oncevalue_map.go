// sync.OnceValue builds a map once; every goroutine reads it through the returned function: no race
// (the Once's Do orders the writes before every later call's reads). sync.OnceFunc and OnceValues too.
package main

import (
	"fmt"
	"sync"
)

func main() {
	table := sync.OnceValue(func() map[string]int {
		fmt.Println("building")
		return map[string]int{"a": 1, "b": 2, "c": 3}
	})
	greet := sync.OnceFunc(func() { fmt.Println("hello once") })
	cfg := sync.OnceValues(func() (string, error) { return "cfg", nil })
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for i := range sums {
		wg.Add(1)
		go func() {
			defer wg.Done()
			greet()
			for _, v := range table() {
				sums[i] += v
			}
		}()
	}
	wg.Wait()
	name, err := cfg()
	fmt.Println(sums, name, err)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
hello once
building
[6 6 6 6] cfg <nil>
*/
