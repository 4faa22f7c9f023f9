// Bench: a loop-and-map-heavy single goroutine.
package main

import "fmt"

func main() {
	m := make(map[int]int)
	sum := 0
	for i := 0; i < 100000; i++ {
		m[i%5000] += i
		if v, ok := m[(i*7)%5000]; ok {
			sum += v % 7
		}
		if i%3 == 0 {
			delete(m, (i*13)%5000)
		}
	}
	fmt.Println(len(m), sum)
}
