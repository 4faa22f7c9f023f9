// Bench: real Go's ns per map operation for the loops maprace simulates.
package main

import (
	"fmt"
	"time"
)

func main() {
	const n = 200000
	m := make(map[int]int)
	t0 := time.Now()
	for i := 0; i < n; i++ {
		m[i] = i
	}
	assign := time.Since(t0)
	t0 = time.Now()
	s := 0
	for i := 0; i < n; i++ {
		s += m[i]
	}
	lookup := time.Since(t0)
	t0 = time.Now()
	c := 0
	for range m {
		c++
	}
	iter := time.Since(t0)
	fmt.Printf("%.1f %.1f %.1f %d %d\n", float64(assign.Nanoseconds())/n, float64(lookup.Nanoseconds())/n, float64(iter.Nanoseconds())/n, s, c)
}
