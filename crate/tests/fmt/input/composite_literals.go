package main

import "fmt"

type item struct {
	name string
	qty  int
}

func main() {
	m := map[string]int{
		"a": 1,
		"bbbbbb": 2,
		"cc": 3}
	items := []item{
		{name: "apple", qty: 3},
		{"pear", 4},
		{name: "a very long name for an item", qty: 1000000},
	}
	grid := [][]int{{1, 2}, {3, 4},
		{5, 6}}
	fmt.Println(m, items, grid, []string{
		"x", "y",
	})
}
