// A range over a map of 100 entries that inserts a new key for every key it
// visits, so the table grows (a rehash into double capacity) in the middle
// of the loop: the iterator keeps walking the old table and looks every key
// up again in the new one. How many iterations, and how big is the map?
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i
	}
	n := 0
	for k := range m {
		n++
		if n > 10000 {
			break
		}
		m[k+100000] = k
	}
	fmt.Println(n, len(m))
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=300 cores=2 load=23.35,21.63,18.25 date=2026-12-07T15:19:12Z median-ms=4.3
{"n": 174, "exit": 0, "stderr": null, "stdout": "112 212\n"}
{"n": 75, "exit": 0, "stderr": null, "stdout": "111 211\n"}
{"n": 30, "exit": 0, "stderr": null, "stdout": "110 210\n"}
{"n": 13, "exit": 0, "stderr": null, "stdout": "109 209\n"}
{"n": 6, "exit": 0, "stderr": null, "stdout": "108 208\n"}
{"n": 2, "exit": 0, "stderr": null, "stdout": "107 207\n"}
*/
