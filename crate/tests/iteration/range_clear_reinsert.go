// A range over a small map that, at its first key, clears the map and
// inserts that key again (and one more): Go 1.27 keeps walking the one
// group it had at the start, which the clear emptied in place and the
// inserts refilled, so the re-inserted key can be produced a second time.
package main

import "fmt"

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	seen := map[int]int{}
	first := true
	n := 0
	for k := range m {
		n++
		seen[k]++
		if first {
			first = false
			clear(m)
			m[k] = 0
			m[k+10] = 0
		}
	}
	twice := 0
	for _, c := range seen {
		if c > 1 {
			twice++
		}
	}
	fmt.Println(n, twice)
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=300 cores=2 load=15.63,14.37,13.88 date=2026-12-07T16:24:04Z median-ms=2.3
{"n": 230, "exit": 0, "stderr": null, "stdout": "2 0\n"}
{"n": 36, "exit": 0, "stderr": null, "stdout": "3 1\n"}
{"n": 34, "exit": 0, "stderr": null, "stdout": "2 1\n"}
*/
