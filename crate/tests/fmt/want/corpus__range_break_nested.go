// Breaking out of an inner range (and a labelled continue out of two) leaves
// no iterator behind; a later range over the same map still sees every entry
// exactly once.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	pairs := 0
outer:
	for range m {
		for range m {
			pairs++
			continue outer
		}
	}
	for range m {
		for range m {
			break
		}
	}
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(pairs, sum)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
3 6
*/
