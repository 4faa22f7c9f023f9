// Copy of examples/03-range-during-write.go (the gallery program), for the calibration record.
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

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=400 cores=2 load=1.27,1.66,2.61+1.21,2.02,2.91 date=2026-12-02T12:58:06Z+2026-12-02T12:55:04Z median-ms=2.0+4.0
{"n": 400, "exit": 0, "stderr": null, "stdout": ""}
*/
/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=2 runs=400 cores=2 load=1.27,1.66,2.61+1.21,2.02,2.91 date=2026-12-02T12:58:06Z+2026-12-02T12:55:04Z median-ms=2.1+3.9
{"n": 400, "exit": 0, "stderr": null, "stdout": ""}
*/
