// A goroutine appends to the map's slices while main ranges and prints.
package main

import (
	"fmt"
	"sync"
)

func main() {
	tags := map[string][]string{"go": {"lang"}, "rust": {"lang"}}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for k := range tags {
			tags[k] = append(tags[k], "new")
		}
	}()
	for k, v := range tags {
		fmt.Println(k, len(v) >= 1)
	}
	wg.Wait()
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
go true
rust true
*/
