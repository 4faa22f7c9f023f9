// Workers fill a map under a mutex; after Wait, main sorts its keys (sort.Strings) and its entries by
// count then name (sort.Slice): a report ordered as Go's, no race (Wait orders every write before the reads).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	words := []string{"go", "map", "race", "go", "sort", "map", "go", "wait", "race", "go"}
	counts := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(words); i += 3 {
				mu.Lock()
				counts[words[i]]++
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	type entry struct {
		word string
		n    int
	}
	var es []entry
	for _, k := range keys {
		es = append(es, entry{k, counts[k]})
	}
	sort.Slice(es, func(i, j int) bool { return es[i].n > es[j].n || es[i].n == es[j].n && es[i].word < es[j].word })
	fmt.Println(es)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[go map race sort wait]
[{go 4} {map 2} {race 2} {sort 1} {wait 1}]
*/
