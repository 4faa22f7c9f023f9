// A reporter ranges over counters while a worker keeps updating them.
package main

import "sync"

func main() {
	counters := map[string]int{"a": 0, "b": 0, "c": 0, "d": 0}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 300; i++ {
			counters[string(rune('a'+i%8))]++
		}
	}()
	total := 0
	for round := 0; round < 10; round++ {
		for _, n := range counters {
			total += n
		}
	}
	wg.Wait()
	_ = total
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: yes
stdout:
*/
