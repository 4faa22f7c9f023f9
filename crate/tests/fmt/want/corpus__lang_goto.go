// goto: backward loops, forward exits from nested loops, out of a range
// over a map (its iterator given back), and a label on a for statement
// used by both goto and continue.
package main

import (
	"fmt"
	"sort"
)

func find(grid [][]int, want int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				fmt.Println("found at", i, j)
				goto done
			}
		}
	}
	return -1, -1
done:
	return 1, 1
}

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto loop
	}
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1}}, 9))
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	n := 0
	for k := range m {
		if k != "" {
			n++
			goto after
		}
	}
after:
	fmt.Println("left the map loop after", n)
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	j := 0
outer:
	for j < 5 {
		j++
		if j%2 == 0 {
			continue outer
		}
		if j == 5 {
			goto end
		}
		fmt.Println("odd", j)
	}
end:
	fmt.Println("end", j)
	switch {
	case j > 0:
		goto out
	}
	fmt.Println("skipped")
out:
	fmt.Println("out")
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
i = 0
i = 1
i = 2
found at 1 0
1 1
-1 -1
left the map loop after 1
[a b c]
odd 1
odd 3
end 5
out
*/
