// A range over a small map (one group) that inserts a new key for every
// key it visits: how many iterations does the loop make? The Go spec lets a
// new entry be produced or skipped; Go 1.27's swiss map iterates a small
// map as a rotation of the group it had at the start, and the 9th insert
// moves everything into a table the iterator then consults.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 6; i++ {
		m[i] = i
	}
	n := 0
	for k := range m {
		n++
		if n > 100 {
			break
		}
		m[k+1000] = k
	}
	fmt.Println(n, len(m))
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=300 cores=2 load=23.84,21.79,18.33 date=2026-12-07T15:19:19Z median-ms=4.2
{"n": 224, "exit": 0, "stderr": null, "stdout": "8 14\n"}
{"n": 42, "exit": 0, "stderr": null, "stdout": "6 12\n"}
{"n": 34, "exit": 0, "stderr": null, "stdout": "7 13\n"}
*/
