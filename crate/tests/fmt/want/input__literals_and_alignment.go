package main

import "fmt"

type cfg struct {
	name    string
	retries int
	nested  map[string][]int
}

func main() {
	m := map[string]cfg{
		"a": {name: "alpha", retries: 1},
		"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb": {name: "beta"},
		"c": {
			name:    "gamma",
			retries: 3,
			nested: map[string][]int{
				"x":  {1, 2, 3},
				"yy": nil,
			},
		},
	}
	s := []string{
		`raw
string`,
		"tab\there",
	}
	arr := [...]int{1, 2, 3}
	arr2 := [3]int{
		1,
		2,
		3}
	matrix := [][2]int{{1, 2}, {3, 4}}
	var empty = map[int]int{}
	fmt.Println(len(m), s, arr, arr2, matrix, empty)
	fmt.Println(m["a"].name,
		m["c"].retries)
}
