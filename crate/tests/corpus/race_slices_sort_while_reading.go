// slices.Sort in one goroutine while another reads the slice with slices.Contains: the generic sort's
// writes race with the reads.
package main

import (
	"fmt"
	"slices"
	"sync"
)

func main() {
	xs := []string{"pear", "fig", "apple", "kiwi"}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		slices.Sort(xs)
	}()
	go func() {
		defer wg.Done()
		_ = slices.Contains(xs, "fig")
	}()
	wg.Wait()
	fmt.Println(xs)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 2
race-reports: [[["read", "slices.Index[go.shape.[]string,go.shape.string] slices/slices.go:98", "slices.Contains[go.shape.[]string,go.shape.string] slices/slices.go:118", "main.main.func2 main.go:21"], ["write", "slices.insertionSortOrdered[go.shape.string] slices/zsortordered.go:15", "slices.pdqsortOrdered[go.shape.string] slices/zsortordered.go:75", "slices.Sort[go.shape.[]string,go.shape.string] slices/sort.go:18", "main.main.func1 main.go:17"]]]
stdout:
[apple fig kiwi pear]
*/
