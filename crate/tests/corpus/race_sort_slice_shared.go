// Two goroutines sort the same slice with sort.Slice and no lock: the swaps (reflectlite's swapper) and the
// less function's reads race.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	var wg sync.WaitGroup
	for g := 0; g < 2; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
		}()
	}
	wg.Wait()
	fmt.Println(xs)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
race-count: 3
race-reports: [[["read", "main.main.func1.1 main.go:18", "sort.insertionSort_func sort/zsortfunc.go:12", "sort.pdqsort_func sort/zsortfunc.go:73", "sort.Slice sort/slice.go:29", "main.main.func1 main.go:18"], ["write", "internal/reflectlite.Swapper.func5 internal/reflectlite/swapper.go:52", "sort.insertionSort_func sort/zsortfunc.go:13", "sort.pdqsort_func sort/zsortfunc.go:73", "sort.Slice sort/slice.go:29", "main.main.func1 main.go:18"]]]
stdout:
[1 2 3 5 8 9]
*/
