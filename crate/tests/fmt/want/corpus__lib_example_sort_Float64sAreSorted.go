// Go's sort ExampleFloat64sAreSorted, from sort/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"fmt"
	"sort"
)

func main() {
	s := []float64{0.7, 1.3, 2.6, 3.8, 5.2} // sorted ascending
	fmt.Println(sort.Float64sAreSorted(s))

	s = []float64{5.2, 3.8, 2.6, 1.3, 0.7} // sorted descending
	fmt.Println(sort.Float64sAreSorted(s))

	s = []float64{5.2, 1.3, 0.7, 3.8, 2.6} // unsorted
	fmt.Println(sort.Float64sAreSorted(s))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true
false
false
*/
