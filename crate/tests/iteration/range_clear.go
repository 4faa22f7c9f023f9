// A range that clears the map at its third iteration and then keeps
// inserting new keys: Go's clearSeq tells the iterator a clear happened, so
// it produces none of the old entries; new ones may or may not be produced.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 50; i++ {
		m[i] = i
	}
	n := 0
	for k := range m {
		n++
		if n > 1000 {
			break
		}
		if n == 3 {
			clear(m)
		}
		if n >= 3 {
			m[k+1000+n] = k
		}
	}
	fmt.Println(n, len(m))
}

/* real Go distribution go1.27.3 linux/amd64 GOMAXPROCS=1 runs=300 cores=2 load=22.85,21.45,18.13 date=2026-12-07T15:18:58Z median-ms=4.2
{"n": 180, "exit": 0, "stderr": null, "stdout": "4 2\n"}
{"n": 73, "exit": 0, "stderr": null, "stdout": "5 3\n"}
{"n": 21, "exit": 0, "stderr": null, "stdout": "3 1\n"}
{"n": 19, "exit": 0, "stderr": null, "stdout": "6 4\n"}
{"n": 6, "exit": 0, "stderr": null, "stdout": "7 5\n"}
{"n": 1, "exit": 0, "stderr": null, "stdout": "8 6\n"}
*/
