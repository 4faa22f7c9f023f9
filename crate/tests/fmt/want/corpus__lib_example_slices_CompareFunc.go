// Go's slices ExampleCompareFunc, from slices/example_test.go (tests/oracle/go_examples.py).
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

func main() {
	numbers := []int{0, 43, 8}
	strings := []string{"0", "0", "8"}
	result := slices.CompareFunc(numbers, strings, func(n int, s string) int {
		sn, err := strconv.Atoi(s)
		if err != nil {
			return 1
		}
		return cmp.Compare(n, sn)
	})
	fmt.Println(result)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
1
*/
