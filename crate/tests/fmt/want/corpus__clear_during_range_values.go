// clear during a range with key and value: the values seen after the clear
// would be stale ones; there are none. A nested range after the clear sees nothing.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
	sum, inner := 0, 0
	for _, v := range m {
		sum += v
		clear(m)
		for range m {
			inner++
		}
	}
	fmt.Println(sum > 0 && sum <= 5, inner, len(m))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
true 0 0
*/
