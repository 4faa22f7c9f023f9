// A range that deletes the key it is at and inserts it again, over a table
// with holes (every other key deleted before the loop). A delete in a group
// that has an empty slot empties its slot; the re-insert takes the first
// empty slot of its group, often a lower one. The iterator starts at a
// random slot and walks each group's slots in turn, wrapping round, so the
// lower slot may be one it has not reached yet: the re-inserted key (a new
// entry, which the spec lets the loop produce or skip) comes again. How many
// iterations, and how many keys produced twice?
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 14; i++ {
		m[i] = i
	}
	for i := 0; i < 14; i += 2 {
		delete(m, i)
	}
	seen := map[int]int{}
	n := 0
	for k := range m {
		n++
		if n > 1000 {
			break
		}
		seen[k]++
		delete(m, k)
		m[k] = -k
	}
	twice := 0
	for _, c := range seen {
		if c > 1 {
			twice++
		}
	}
	fmt.Println(n, twice, len(m))
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=300 cores=2 load=4.57,4.79,4.08 date=2026-12-07T18:08:02Z median-ms=2.7
{"n": 127, "exit": 0, "stderr": null, "stdout": "8 1 7\n"}
{"n": 97, "exit": 0, "stderr": null, "stdout": "7 0 7\n"}
{"n": 66, "exit": 0, "stderr": null, "stdout": "9 2 7\n"}
{"n": 10, "exit": 0, "stderr": null, "stdout": "10 3 7\n"}
*/
