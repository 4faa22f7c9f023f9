// Map basics: comma-ok, missing keys give zero, delete, len, clear, struct values, printing sorted.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	m := map[string]int{"b": 2, "a": 1}
	m["c"] += 3
	m["a"]++
	v, ok := m["zz"]
	fmt.Println(m, len(m), v, ok)
	delete(m, "b")
	delete(m, "nope")
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
	delete(nm, "x")
	pm := map[point]string{{1, 2}: "a", {0, 0}: "o"}
	fmt.Println(pm[point{1, 2}], pm)
	counts := make(map[rune]int, 10)
	for _, r := range "hello" {
		counts[r]++
	}
	fmt.Println(counts['l'], len(counts))
	nested := map[string][]int{}
	nested["x"] = append(nested["x"], 1, 2)
	fmt.Println(nested)
	clear(m)
	fmt.Println(len(m), m)
	ifm := map[interface{}]int{1: 1, "1": 2, 1.5: 3}
	fmt.Println(len(ifm), ifm[1], ifm["1"])
	bm := map[bool]int{true: 1}
	fmt.Println(bm)
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
map[a:2 b:2 c:3] 3 0 false
map[a:2 c:3]
0 0 true
a map[{0 0}:o {1 2}:a]
2 4
map[x:[1 2]]
0 map[]
3 1 2
map[true:1]
*/
