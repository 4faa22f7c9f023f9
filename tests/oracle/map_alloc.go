// Measures what real Go allocates for make(map[int]int, hint): the heap
// bytes (runtime.MemStats.TotalAlloc) one make allocates, and per hinted
// entry. The README's memory-budget paragraph compares these with what
// maprace's budget charges for the same table (crate/src/gomap/mod.rs,
// GoMap::bytes_per_slot).
//
// usage: /tmp/go-oracle/bin/go run tests/oracle/map_alloc.go
package main

import (
	"fmt"
	"runtime"
)

var sink map[int]int

func main() {
	fmt.Println(runtime.Version(), "make(map[int]int, hint): heap bytes allocated")
	for _, h := range []int{8, 9, 1000, 1 << 16, 1 << 20, 1 << 22} {
		var a, b runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&a)
		sink = make(map[int]int, h)
		runtime.ReadMemStats(&b)
		n := b.TotalAlloc - a.TotalAlloc
		fmt.Printf("hint %8d: %10d bytes, %5.1f per hinted entry\n", h, n, float64(n)/float64(h))
	}
}
