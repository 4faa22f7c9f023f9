// A loader fills a cache while main already looks entries up.
package main

import (
	"fmt"
	"sync"
)

func main() {
	cache := make(map[int]string)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for id := 0; id < 200; id++ {
			cache[id] = fmt.Sprint("user", id)
		}
	}()
	hits := 0
	for id := 0; id < 200; id++ {
		if _, ok := cache[id]; ok {
			hits++
		}
	}
	wg.Wait()
	fmt.Println(hits <= 200)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
true
*/
