// A range that deletes the key it is at and inserts it again, and also
// deletes and re-inserts the next key: a deleted slot becomes a tombstone
// and the re-insert may reuse it, or land in a slot the iterator has not
// reached yet. How many iterations does the loop make?
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 40; i++ {
		m[i] = i
	}
	n := 0
	for k := range m {
		n++
		if n > 1000 {
			break
		}
		delete(m, k)
		m[k] = -k
		other := (k + 1) % 40
		delete(m, other)
		m[other] = other
	}
	fmt.Println(n, len(m))
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=300 cores=2 load=23.12,21.55,18.20 date=2026-12-07T15:19:07Z median-ms=3.9
{"n": 300, "exit": 0, "stderr": null, "stdout": "40 40\n"}
*/
