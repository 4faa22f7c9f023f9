// Sharding: each shard has its own mutex, so writers to different shards do not wait on each other.
package main

import (
	"fmt"
	"sync"
)

type shard struct {
	sync.Mutex
	items map[string]int
}

func main() {
	shards := [4]*shard{}
	for i := range shards {
		shards[i] = &shard{items: map[string]int{}}
	}
	var wg sync.WaitGroup
	for i := 0; i < 16; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := shards[i%len(shards)]
			s.Lock()
			s.items[fmt.Sprint("k", i)] = i
			s.Unlock()
		}()
	}
	wg.Wait()
	total := 0
	for _, s := range shards {
		total += len(s.items)
	}
	fmt.Println(total)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
16
*/
