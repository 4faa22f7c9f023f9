// sort, slices, maps, cmp: a map's keys sorted (sort.Strings, slices.Sorted(maps.Keys)), sort.Slice and
// slices.SortStableFunc on equal keys (Go's pdqsort decides where equal elements end), sort.Sort on
// sort.Interface and sort.Reverse, searches, slices.Insert/Delete/Compact, maps.Clone/Equal/DeleteFunc.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byName []person

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].name < b[j].name }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3, "d": 1}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, slices.Sorted(maps.Keys(m)))
	vs := slices.Collect(maps.Values(m))
	slices.Sort(vs)
	fmt.Println(vs, slices.Index(vs, 3), slices.Max(vs), slices.Min(vs), slices.Contains(vs, 4))

	ps := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 40}}
	sort.Slice(ps, func(i, j int) bool { return ps[i].age < ps[j].age })
	fmt.Println(ps)
	slices.SortStableFunc(ps, func(a, b person) int { return cmp.Compare(b.age, a.age) })
	fmt.Println(ps)
	sort.Sort(byName(ps))
	fmt.Println(ps, sort.IsSorted(byName(ps)))

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words, sort.SearchInts([]int{1, 3, 5}, 4))
	fmt.Println(slices.Compact(slices.Sorted(slices.Values(words))))

	xs := make([]int, 50)
	for i := range xs {
		xs[i] = (i * 37) % 11
	}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	big := make([]person, 40)
	for i := range big {
		big[i] = person{fmt.Sprint(i), (i * 7) % 4}
	}
	sort.Slice(big, func(i, j int) bool { return big[i].age < big[j].age })
	fmt.Println(big)
	stable := slices.Clone(big)
	sort.SliceStable(stable, func(i, j int) bool { return stable[i].name < stable[j].name })
	fmt.Println(stable[:5], sort.SliceIsSorted(stable, func(i, j int) bool { return stable[i].name < stable[j].name }))

	m2 := maps.Clone(m)
	delete(m2, "a")
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v > 2 })
	fmt.Println(m2)
	for i, v := range slices.Backward([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	fmt.Println(slices.Insert([]int{1, 2, 5}, 2, 3, 4), slices.Delete([]int{0, 1, 2, 3}, 1, 3), cmp.Or("", "z"))
	i, found := slices.BinarySearch([]string{"a", "c", "e"}, "d")
	fmt.Println(i, found, sort.Search(100, func(i int) bool { return i*i >= 50 }))
}

/* real Go go1.27.3 linux/amd64:
exit: 0
race: no
stdout:
[a b c d] [a b c d]
[1 1 2 3] 3 3 1 false
[{bo 25} {di 25} {al 30} {cy 30} {ed 40}]
[{ed 40} {al 30} {cy 30} {bo 25} {di 25}]
[{al 30} {bo 25} {cy 30} {di 25} {ed 40}] true
[the the quick over lazy jumps fox dog brown] 2
[brown dog fox jumps lazy over quick the]
[0 0 0 0 0 1 1 1 1 1 2 2 2 2 3 3 3 3 4 4 4 4 4 5 5 5 5 5 6 6 6 6 7 7 7 7 8 8 8 8 8 9 9 9 9 9 10 10 10 10] true
[{0 0} {24 0} {36 0} {16 0} {4 0} {20 0} {32 0} {28 0} {8 0} {12 0} {35 1} {11 1} {31 1} {7 1} {27 1} {15 1} {3 1} {39 1} {23 1} {19 1} {10 2} {30 2} {22 2} {18 2} {38 2} {2 2} {26 2} {14 2} {34 2} {6 2} {29 3} {9 3} {21 3} {33 3} {13 3} {5 3} {25 3} {37 3} {17 3} {1 3}]
[{0 0} {1 3} {10 2} {11 1} {12 0}] true
4 3 false
map[b:2 d:1]
1 y
0 x
[1 2 3 4 5] [0 3] z
2 false 8
*/
