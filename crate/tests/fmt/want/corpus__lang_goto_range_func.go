// goto inside the body of a range over a function, and a labeled
// statement after the loop reached by break.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		n := 0
	again:
		n++
		if n < m[k] {
			goto again
		}
		fmt.Println(k, n)
	}
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
x 1
y 2
z 3
*/
