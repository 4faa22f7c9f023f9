// NaN is never equal to itself: every NaN key is a new entry and cannot be looked up.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[0.0] = 3
	m[-0.0] = 4
	_, ok := m[nan]
	fmt.Println(len(m), ok, m[0])
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
3 false 4
*/
