// Go's sort ExampleFloat64s, from sort/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	s := []float64{5.2, -1.3, 0.7, -3.8, 2.6} // unsorted
	sort.Float64s(s)
	fmt.Println(s)

	s = []float64{math.Inf(1), math.NaN(), math.Inf(-1), 0.0} // unsorted
	sort.Float64s(s)
	fmt.Println(s)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[-3.8 -1.3 0.7 2.6 5.2]
[NaN -Inf 0 +Inf]
*/
