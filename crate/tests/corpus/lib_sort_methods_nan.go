// sort's slice types: IntSlice.Sort and Search, sort.Stable on a StringSlice, slices.Sort of floats with NaNs and -Inf (cmp.Compare's order).
package main

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

func main() {
	xs := sort.IntSlice{5, 2, 9, 1}
	xs.Sort()
	fmt.Println(xs, xs.Search(5))
	fs := []float64{3, math.NaN(), 1, math.Inf(-1), 2, math.NaN(), 0}
	slices.Sort(fs)
	fmt.Println(fs)
	ss := sort.StringSlice{"b", "a"}
	sort.Stable(ss)
	fmt.Println(ss)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[1 2 5 9] 2
[NaN NaN -Inf 0 1 2 3]
[a b]
*/
